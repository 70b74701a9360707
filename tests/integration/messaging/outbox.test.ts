import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { queueInvitation } from "@/features/messaging/invitations.server";
import {
  dispatchDueMessages,
  dispatchMessage,
  dispatchSoon,
  enqueueMessage,
  LEASE_SECONDS,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MINUTES,
} from "@/features/messaging/outbox.server";
import { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resetDatabase } from "../../support/db";
import { allChannels, createCase, makeDue, recordingDriver, setOrganisation } from "./fixtures";

const vars = { name: "Jan", amount: "€ 42,50", link: "https://app.test/r/abc", dueDate: "3 december 2026" };

async function enqueue(key: string, caseId?: string, channel: "EMAIL" | "SMS" | "VOICE" = "EMAIL") {
  return db.$transaction((tx) =>
    enqueueMessage(tx, {
      caseId,
      channel,
      recipient: channel === "EMAIL" ? "jan@example.nl" : "0612345678",
      template: "invitation",
      variables: vars,
      idempotencyKey: key,
    }),
  );
}

beforeEach(async () => {
  await resetDatabase();
  await setOrganisation();
});

describe("enqueueMessage", () => {
  it("writes one row per idempotency key, however often it is called", async () => {
    const first = await enqueue("k-1");
    const second = await enqueue("k-1");
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, status: "QUEUED", created: false });
    expect(await db.message.count()).toBe(1);
  });

  it("two transactions racing on one key still make one row", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => enqueue("race")));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.message.count()).toBe(1);
  });

  it("is part of the caller's transaction: a rollback leaves no message", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMessage(tx, {
          channel: "SMS",
          recipient: "06 12345678",
          template: "invitation",
          variables: vars,
          idempotencyKey: "rolled-back",
        });
        throw new Error("the change that caused it failed");
      }),
    ).rejects.toThrow("the change that caused it failed");
    expect(await db.message.count()).toBe(0);
  });

  it("renders the template and normalises the recipient", async () => {
    const { id } = await enqueue("render", undefined, "SMS");
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m.recipient).toBe("+31612345678");
    expect(m.body).toBe(
      "Waterbedrijf Test: uw incasso van € 42,50 is teruggeboekt. Laat ons weten waarom: https://app.test/r/abc",
    );
    expect(m.status).toBe("QUEUED");
    expect(m.attempts).toBe(0);
  });

  it("refuses bad input: no key, a malformed address, a missing variable, an unknown template", async () => {
    const base = {
      channel: "EMAIL" as const,
      recipient: "jan@example.nl",
      template: "invitation",
      variables: vars,
    };
    const run = (over: Partial<Parameters<typeof enqueueMessage>[1]>) =>
      db.$transaction((tx) => enqueueMessage(tx, { ...base, idempotencyKey: "x", ...over }));
    await expect(run({ idempotencyKey: "  " })).rejects.toBeInstanceOf(AppError);
    await expect(run({ recipient: "not-an-address" })).rejects.toThrow(/e-mailadres/);
    await expect(run({ channel: "SMS", recipient: "12" })).rejects.toThrow(/telefoonnummer/);
    await expect(run({ variables: { ...vars, link: undefined } })).rejects.toThrow(/link/);
    await expect(run({ template: "no-such-template" })).rejects.toThrow(/Geen sjabloon/);
    expect(await db.message.count()).toBe(0);
  });
});

describe("dispatch", () => {
  it("sends once after commit; a second dispatch of the same message does nothing", async () => {
    const kase = await createCase();
    const rec = recordingDriver();
    const { id } = await enqueue("once", kase.id);
    await dispatchSoon([id], { drivers: allChannels(rec.driver) });
    expect(await dispatchMessage(id, { drivers: allChannels(rec.driver) })).toBe("skipped");
    expect(rec.sent).toEqual([id]);
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m).toMatchObject({ status: "SENT", attempts: 1, providerId: `rec-${id}-1`, lastError: null });
    expect(m.sentAt).toBeInstanceOf(Date);
    const events = await db.caseEvent.findMany({ where: { caseId: kase.id } });
    expect(events.map((e) => e.type)).toEqual(["message.sent"]);
  });

  it("the local driver keeps the message as sent (no SMTP/Twilio configured)", async () => {
    const { id } = await enqueue("local");
    await dispatchSoon([id]);
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m.status).toBe("SENT");
    expect(m.providerId).toBe(`local-${id}`);
  });

  it("provider down: retried with the back-off schedule, then sent exactly once when it is back", async () => {
    const kase = await createCase();
    const rec = recordingDriver();
    const drivers = allChannels(rec.driver);
    const { id } = await enqueue("backoff", kase.id);
    rec.failNext(4);

    for (let attempt = 1; attempt <= 4; attempt++) {
      const before = Date.now();
      expect(await dispatchMessage(id, { drivers })).toBe("retry");
      const m = await db.message.findUniqueOrThrow({ where: { id } });
      expect(m).toMatchObject({ status: "QUEUED", attempts: attempt, lastError: "provider down (test)" });
      const waitMin = ((m.nextAttemptAt?.getTime() ?? 0) - before) / 60_000;
      expect(waitMin).toBeGreaterThan((RETRY_DELAYS_MINUTES[attempt - 1] ?? 0) - 0.1);
      expect(waitMin).toBeLessThan((RETRY_DELAYS_MINUTES[attempt - 1] ?? 0) + 0.1);
      // Not due yet: neither a direct dispatch nor a sweep touches it.
      expect(await dispatchMessage(id, { drivers })).toBe("skipped");
      expect((await dispatchDueMessages({ drivers })).claimed).toBe(0);
      await makeDue(id);
    }
    const sweep = await dispatchDueMessages({ drivers });
    expect(sweep).toMatchObject({ claimed: 1, sent: 1 });
    expect((await dispatchDueMessages({ drivers })).claimed).toBe(0);
    expect(rec.sent).toEqual([id]);
    expect(await db.message.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 5,
      lastError: null,
      nextAttemptAt: null,
    });
  });

  it("the schedule spans more than an hour before giving up", () => {
    const total = RETRY_DELAYS_MINUTES.slice(0, MAX_ATTEMPTS - 1).reduce((a, b) => a + b, 0);
    expect(RETRY_DELAYS_MINUTES).toHaveLength(MAX_ATTEMPTS - 1);
    expect(total).toBeGreaterThan(60 * 4);
  });

  it("after the last attempt: FAILED with the error, visible on the case", async () => {
    const kase = await createCase();
    const rec = recordingDriver();
    const { id } = await enqueue("last", kase.id);
    await db.message.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    rec.failNext(1);
    expect(await dispatchMessage(id, { drivers: allChannels(rec.driver) })).toBe("failed");
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "provider down (test)" });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: kase.id, type: "message.failed" } });
    expect(event.data).toMatchObject({ messageId: id, channel: "EMAIL", error: "provider down (test)" });
    await makeDue();
    expect((await dispatchDueMessages({ drivers: allChannels(rec.driver) })).claimed).toBe(0);
  });

  it("a permanent error (unknown mailbox, invalid number) fails at once", async () => {
    const kase = await createCase();
    const rec = recordingDriver();
    const { id } = await enqueue("permanent", kase.id);
    rec.failNext(1, true);
    expect(await dispatchMessage(id, { drivers: allChannels(rec.driver) })).toBe("failed");
    expect(await db.message.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "message.failed" } })).toBe(1);
  });

  it("a SENDING row whose sender died is sent again after the lease, not before", async () => {
    const rec = recordingDriver();
    const drivers = allChannels(rec.driver);
    const { id } = await enqueue("stuck");
    await db.$executeRaw`UPDATE "Message" SET "status" = 'SENDING', "attempts" = 1, "claimedAt" = now() - interval '10 seconds' WHERE "id" = ${id}::uuid`;
    expect((await dispatchDueMessages({ drivers })).claimed).toBe(0);
    await db.$executeRaw`UPDATE "Message" SET "claimedAt" = now() - make_interval(secs => ${LEASE_SECONDS + 1}) WHERE "id" = ${id}::uuid`;
    expect(await dispatchDueMessages({ drivers })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await db.message.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("a stuck row on its last attempt fails visibly instead of hanging in SENDING", async () => {
    const kase = await createCase();
    const { id } = await enqueue("stuck-last", kase.id);
    await db.$executeRaw`UPDATE "Message" SET "status" = 'SENDING', "attempts" = ${MAX_ATTEMPTS}, "claimedAt" = now() - interval '1 hour' WHERE "id" = ${id}::uuid`;
    const rec = recordingDriver();
    expect((await dispatchDueMessages({ drivers: allChannels(rec.driver) })).failed).toBe(1);
    expect((await db.message.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "message.failed" } })).toBe(1);
    expect(rec.sent).toEqual([]);
  });
});

describe("two app instances and two workers on one database", () => {
  const url = process.env.DATABASE_URL ?? "";
  const clientA = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const clientB = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  afterAll(async () => {
    await Promise.all([clientA.$disconnect(), clientB.$disconnect()]);
  });

  it("send each message exactly once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++)
      ids.push((await enqueue(`pair-${i}`, undefined, i % 2 ? "SMS" : "EMAIL")).id);
    const rec = recordingDriver({ delayMs: 5 });
    const drivers = allChannels(rec.driver);
    // Sweeps on both, plus both "instances" dispatching every message right after "commit".
    const [a, b] = await Promise.all([
      dispatchDueMessages({ db: clientA, drivers }),
      dispatchDueMessages({ db: clientB, drivers }),
      dispatchSoon(ids, { db: clientA, drivers }),
      dispatchSoon([...ids].reverse(), { db: clientB, drivers }),
    ]);
    expect(rec.sent).toHaveLength(60);
    expect(new Set(rec.sent)).toEqual(new Set(ids));
    expect((a?.claimed ?? 0) + (b?.claimed ?? 0)).toBeLessThanOrEqual(60);
    expect(await db.message.count({ where: { status: "SENT", attempts: 1 } })).toBe(60);
  });
});

describe("queueInvitation", () => {
  it("picks the debtor's address for the channel and fills the variables", async () => {
    const kase = await createCase({ name: "Anna Jansen", locale: "en" });
    const msg = await db.$transaction((tx) =>
      queueInvitation(tx, {
        caseId: kase.id,
        channel: "EMAIL",
        link: "https://app.test/r/tok",
        linkId: "link-1",
        expiresAt: new Date("2026-12-31T12:00:00Z"),
      }),
    );
    const m = await db.message.findUniqueOrThrow({ where: { id: msg.id } });
    expect(m).toMatchObject({
      recipient: "jan@example.nl",
      template: "invitation",
      locale: "en",
      idempotencyKey: `invitation:${kase.id}:EMAIL:link-1`,
      subject: "Your direct debit of €42.50 was reversed",
    });
    expect(m.body).toContain("Dear Anna Jansen");
    expect(m.body).toContain("On 26 November 2026");
    expect(m.body).toContain("before 31 December 2026");
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "message.queued" } })).toBe(1);

    const nl = await createCase();
    const sms = await db.$transaction((tx) =>
      queueInvitation(tx, { caseId: nl.id, channel: "SMS", link: "https://app.test/r/x", linkId: "l2" }),
    );
    const s = await db.message.findUniqueOrThrow({ where: { id: sms.id } });
    expect(s.recipient).toBe("+31612345678");
    expect(s.body).toContain("€ 42,50");
  });

  it("the same link and channel twice → one invitation", async () => {
    const kase = await createCase();
    const input = { caseId: kase.id, channel: "SMS" as const, link: "https://app.test/r/t", linkId: "L" };
    const a = await db.$transaction((tx) => queueInvitation(tx, input));
    const b = await db.$transaction((tx) => queueInvitation(tx, input));
    expect(b).toMatchObject({ id: a.id, created: false });
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "message.queued" } })).toBe(1);
  });

  it("a clear error when the debtor has no address for the channel, or the case does not exist", async () => {
    const kase = await createCase({ email: null, phone: null });
    for (const channel of ["EMAIL", "SMS", "VOICE"] as const) {
      await expect(
        db.$transaction((tx) =>
          queueInvitation(tx, { caseId: kase.id, channel, link: "https://a.test/r/x" }),
        ),
      ).rejects.toMatchObject({
        code: "INVALID",
        message: expect.stringMatching(/geen (e-mailadres|telefoonnummer)/),
      });
    }
    await expect(
      db.$transaction((tx) =>
        queueInvitation(tx, { caseId: crypto.randomUUID(), channel: "EMAIL", link: "https://a.test/r/x" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      db.$transaction((tx) =>
        queueInvitation(tx, { caseId: kase.id, channel: "EMAIL", link: "javascript:alert(1)" }),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.message.count()).toBe(0);
  });
});
