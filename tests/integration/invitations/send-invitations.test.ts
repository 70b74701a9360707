import { beforeEach, describe, expect, it } from "vitest";
import { RESEND_GUARD_SECONDS, sendInvitations } from "@/features/invitations/invitations.server";
import { MAX_BULK_CASES, sendInvitationsSchema } from "@/features/invitations/schemas";
import { resolveResponseLink } from "@/features/responses/links.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { footprint, makeCase, makeUser, setOrganisation } from "./fixtures";

const TOKEN_IN_URL = /\/r\/([A-Za-z0-9_-]{16,128})/;

describe("sendInvitations", () => {
  beforeEach(async () => {
    await resetDatabase();
    await setOrganisation();
  });

  it("sends an e-mail invitation: a fresh link that resolves, one message, the case INVITED, one event of each kind", async () => {
    const agent = await makeUser("AGENT");
    const c = await makeCase();
    const result = await sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: agent });

    expect(result.skipped).toEqual([]);
    expect(result.sent).toHaveLength(1);
    const sent = result.sent[0];
    expect(sent).toMatchObject({ caseId: c.id, caseNumber: c.number });

    const messages = await db.message.findMany({ where: { caseId: c.id } });
    expect(messages).toHaveLength(1);
    const message = messages[0];
    expect(message?.id).toBe(sent?.messageId);
    expect(message?.channel).toBe("EMAIL");
    expect(message?.template).toBe("invitation");
    expect(message?.recipient).toBe("jan@example.nl"); // normalised
    // Dispatched right after commit by the local driver (no SMTP in tests): kept, not lost.
    expect(["QUEUED", "SENT"]).toContain(message?.status);
    expect(message?.status).toBe("SENT");
    expect(message?.providerStatus).toBe("kept-locally");

    const token = TOKEN_IN_URL.exec(message?.body ?? "")?.[1];
    expect(token, "the body carries a /r/<token> link").toBeDefined();
    const link = await resolveResponseLink(token ?? "");
    expect(link).toMatchObject({ caseId: c.id, submittedAt: null });
    // The HTML part carries the same link.
    expect(message?.bodyHtml).toContain(`/r/${token}`);

    const after = await footprint(c.id);
    expect(after).toMatchObject({ messages: 1, links: 1, status: "INVITED" });
    const events = await db.caseEvent.findMany({ where: { caseId: c.id }, orderBy: { createdAt: "asc" } });
    // Ours, createResponseLink's and queueInvitation's — one each — plus the outbox's own message.sent.
    expect(events.map((e) => e.type).sort()).toEqual([
      "invitation.sent",
      "link.created",
      "message.queued",
      "message.sent",
    ]);
    const invited = events.find((e) => e.type === "invitation.sent");
    expect(invited).toMatchObject({ actorId: agent.id, actorType: "USER" });
    expect(invited?.data).toEqual({ channel: "EMAIL", messageId: message?.id, linkId: link?.id });
    // Every event the request wrote names the agent; no status_changed of our own (link.created says it).
    expect(events.filter((e) => e.type !== "message.sent").every((e) => e.actorId === agent.id)).toBe(true);
  });

  it("skips SMS for a debtor without a phone number and writes nothing for that case", async () => {
    const agent = await makeUser();
    const c = await makeCase({ phone: null });
    const before = await footprint(c.id);
    const result = await sendInvitations({ caseIds: [c.id], channel: "SMS", actor: agent });
    expect(result.sent).toEqual([]);
    expect(result.skipped).toEqual([
      {
        caseId: c.id,
        caseNumber: c.number,
        reason: "no_phone",
        detail: expect.stringContaining("telefoonnummer"),
      },
    ]);
    expect(await footprint(c.id)).toEqual(before);
    expect(before).toMatchObject({ messages: 0, links: 0, events: 0, status: "NEW" });

    // VOICE needs a phone too; EMAIL to the same debtor works.
    const voice = await sendInvitations({ caseIds: [c.id], channel: "VOICE", actor: agent });
    expect(voice.skipped[0]?.reason).toBe("no_phone");
    const email = await sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: agent });
    expect(email.sent).toHaveLength(1);
  });

  it("bulk of 3 with one unsendable: 2 sent, 1 skipped, in the order asked; the bad one leaves no trace", async () => {
    const agent = await makeUser();
    const a = await makeCase({ name: "A" });
    const b = await makeCase({ name: "B", email: null });
    const d = await makeCase({ name: "D", email: "  " }); // blank counts as none
    const e = await makeCase({ name: "E" });
    const result = await sendInvitations({ caseIds: [a.id, b.id, e.id], channel: "EMAIL", actor: agent });
    expect(result.channel).toBe("EMAIL");
    expect(result.sent.map((s) => s.caseNumber)).toEqual([a.number, e.number]);
    expect(result.skipped).toMatchObject([{ caseId: b.id, caseNumber: b.number, reason: "no_email" }]);
    expect(await footprint(b.id)).toMatchObject({ messages: 0, links: 0, events: 0, status: "NEW" });
    expect(await db.message.count()).toBe(2);
    expect(await db.caseEvent.count({ where: { type: "invitation.sent" } })).toBe(2);

    const blank = await sendInvitations({ caseIds: [d.id], channel: "EMAIL", actor: agent });
    expect(blank.skipped[0]?.reason).toBe("no_email");
  });

  it("refuses closed and resolved cases politely, reports unknown ids and invalid numbers, and goes on", async () => {
    const agent = await makeUser();
    const closed = await makeCase({ status: "CLOSED" });
    const resolved = await makeCase({ status: "RESOLVED" });
    const badPhone = await makeCase({ phone: "12" });
    const ok = await makeCase();
    const unknown = "00000000-0000-4000-8000-000000000000";
    const result = await sendInvitations({
      caseIds: [closed.id, unknown, resolved.id, badPhone.id, ok.id],
      channel: "SMS",
      actor: agent,
    });
    expect(result.sent.map((s) => s.caseId)).toEqual([ok.id]);
    expect(result.skipped.map((s) => [s.caseNumber, s.reason])).toEqual([
      [closed.number, "closed"],
      [null, "not_found"],
      [resolved.number, "closed"],
      [badPhone.number, "invalid_address"],
    ]);
    expect(result.skipped[3]?.detail).toContain("Geen geldig telefoonnummer");
    for (const c of [closed, resolved, badPhone]) expect((await footprint(c.id)).messages).toBe(0);
    expect(await footprint(closed.id)).toMatchObject({ links: 0, events: 0, status: "CLOSED" });
    const sms = await db.message.findFirstOrThrow({ where: { caseId: ok.id } });
    expect(sms.recipient).toBe("+31612345678");
    expect(sms.body).toMatch(TOKEN_IN_URL);
  });

  it("a second invitation on the same channel within the guard is skipped; another channel or later is a new link", async () => {
    const agent = await makeUser();
    const c = await makeCase({ status: "OPENED" });
    const first = await sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: agent });
    expect(first.sent).toHaveLength(1);
    const again = await sendInvitations({ caseIds: [c.id, c.id], channel: "EMAIL", actor: agent });
    expect(again.sent).toEqual([]);
    expect(again.skipped).toMatchObject([{ caseId: c.id, reason: "recently_sent" }]); // duplicates collapsed
    const sms = await sendInvitations({ caseIds: [c.id], channel: "SMS", actor: agent });
    expect(sms.sent).toHaveLength(1);

    const later = new Date(Date.now() + (RESEND_GUARD_SECONDS + 1) * 1000);
    const resend = await sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: agent, now: later });
    expect(resend.sent).toHaveLength(1);
    const bodies = await db.message.findMany({
      where: { caseId: c.id, channel: "EMAIL" },
      select: { body: true },
    });
    const tokens = bodies.map((m) => TOKEN_IN_URL.exec(m.body)?.[1]);
    expect(new Set(tokens).size).toBe(2);
    // Both links stay valid: an earlier invitation still works.
    for (const token of tokens) expect(await resolveResponseLink(token ?? "")).not.toBeNull();
    // A case that was already further along is not moved back to INVITED.
    expect((await footprint(c.id)).status).toBe("OPENED");
  });

  it("two simultaneous sends for the same case and channel produce one invitation", async () => {
    const agent = await makeUser();
    const c = await makeCase();
    const [x, y] = await Promise.all([
      sendInvitations({ caseIds: [c.id], channel: "VOICE", actor: agent }),
      sendInvitations({ caseIds: [c.id], channel: "VOICE", actor: agent }),
    ]);
    expect(x.sent.length + y.sent.length).toBe(1);
    expect([...x.skipped, ...y.skipped].map((s) => s.reason)).toEqual(["recently_sent"]);
    expect(await db.message.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("refuses a deactivated or unknown user before writing anything; null actor is the system", async () => {
    const c = await makeCase();
    const gone = await makeUser("AGENT", false);
    await expect(sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: gone })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const ghost = { ...gone, id: "00000000-0000-4000-8000-000000000001" };
    await expect(sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: ghost })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A session that still says ADMIN does not help when the database says otherwise.
    await expect(
      sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: { ...gone, role: "ADMIN" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await footprint(c.id)).toMatchObject({ messages: 0, links: 0, events: 0 });

    const system = await sendInvitations({ caseIds: [c.id], channel: "EMAIL", actor: null });
    expect(system.sent).toHaveLength(1);
    const events = await db.caseEvent.findMany({ where: { caseId: c.id } });
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => e.actorType === "SYSTEM" && e.actorId === null)).toBe(true);
  });

  it("refuses an empty or oversized selection", async () => {
    const agent = await makeUser();
    await expect(sendInvitations({ caseIds: [], channel: "EMAIL", actor: agent })).rejects.toMatchObject({
      code: "INVALID",
    });
    const many = Array.from(
      { length: MAX_BULK_CASES + 1 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    await expect(sendInvitations({ caseIds: many, channel: "EMAIL", actor: agent })).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("a full page of 25 cases goes out in one call", async () => {
    const agent = await makeUser();
    const cases = [];
    for (let i = 0; i < 25; i++) cases.push(await makeCase({ phone: i % 5 === 0 ? null : "0612345678" }));
    const started = performance.now();
    const result = await sendInvitations({ caseIds: cases.map((c) => c.id), channel: "SMS", actor: agent });
    const ms = performance.now() - started;
    expect(result.sent).toHaveLength(20);
    expect(result.skipped).toHaveLength(5);
    expect(await db.message.count({ where: { status: "SENT" } })).toBe(20);
    console.info(`sendInvitations: 25 cases (20 sent, 5 skipped) in ${ms.toFixed(0)} ms`);
  });
});

describe("sendInvitationsSchema (the action's input)", () => {
  const id = "0b7c3f1e-8d2a-4c5b-9e6f-1a2b3c4d5e6f";
  it("accepts case ids and a channel", () => {
    expect(sendInvitationsSchema.safeParse({ caseIds: [id], channel: "VOICE" }).success).toBe(true);
  });
  it.each([
    ["no cases", { caseIds: [], channel: "EMAIL" }],
    ["a malformed id", { caseIds: ["42"], channel: "EMAIL" }],
    ["an unknown channel", { caseIds: [id], channel: "WEB" }],
    ["a missing channel", { caseIds: [id] }],
    ["a single string instead of a list", { caseIds: id, channel: "EMAIL" }],
    ["too many cases", { caseIds: Array(MAX_BULK_CASES + 1).fill(id), channel: "EMAIL" }],
  ])("refuses %s", (_name, input) => {
    expect(sendInvitationsSchema.safeParse(input).success).toBe(false);
  });
});
