import { beforeEach, describe, expect, it } from "vitest";
import { createResponseLink, revokeResponseLink } from "@/features/responses/links.server";
import { submitResponse } from "@/features/responses/submit.server";
import { addDays, isBusinessDay, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { footprint, makeCase } from "./fixtures";

// A fixed "now": Thursday 3 December 2026; settings allow re-collection 5–30 days ahead.
const NOW = new Date("2026-12-03T10:00:00Z");
const TODAY = todayIso(NOW);

function firstBusinessDayFrom(iso: string): string {
  let d = iso;
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

async function newLink(amountCents?: number) {
  const c = await makeCase({ amountCents });
  const link = await createResponseLink(undefined, c.caseId, { now: NOW });
  return { ...c, ...link };
}

const submit = (token: string, raw: Record<string, unknown>, locale: "nl" | "en" = "nl") =>
  submitResponse({ token, raw, locale, now: NOW });

describe("submitResponse", () => {
  beforeEach(resetDatabase);

  it("insufficient funds → re-collect: a PLANNED re-collection on the chosen business day", async () => {
    const l = await newLink(4250);
    const date = firstBusinessDayFrom(addDays(TODAY, 7));
    const result = await submit(l.token, {
      reason: "insufficient_funds",
      resolution: "recollect",
      recollectDate: date,
      // Fields of other branches come along in a plain form post and are ignored.
      otherText: "",
      newIban: "garbage",
    });
    expect(result.ok).toBe(true);
    const rec = await db.recollection.findFirstOrThrow({ where: { caseId: l.caseId } });
    expect(rec).toMatchObject({ status: "PLANNED", amountCents: 4250, collectionId: l.collectionId });
    expect(rec.requestedFor.toISOString().slice(0, 10)).toBe(date);
    expect(rec.endToEndId.length).toBeLessThanOrEqual(35);

    const response = await db.response.findFirstOrThrow({ where: { caseId: l.caseId } });
    expect(response).toMatchObject({
      reason: "insufficient_funds",
      channel: "WEB",
      formVersion: 1,
      locale: "nl",
    });
    expect(response.answers).toEqual({
      reason: "insufficient_funds",
      resolution: "recollect",
      preferredDate: date,
    });
    const c = await db.case.findUniqueOrThrow({ where: { id: l.caseId } });
    expect(c.status).toBe("RESPONDED");
    expect(c.respondedAt).toEqual(NOW);
    const link = await db.responseLink.findUniqueOrThrow({ where: { id: l.linkId } });
    expect(link.submittedAt).toEqual(NOW);
    expect(await db.caseEvent.count({ where: { caseId: l.caseId, type: "response.received" } })).toBe(1);
    expect(await db.task.count()).toBe(0);
  });

  it("insufficient funds → instalments: a schedule whose cents add up exactly", async () => {
    const l = await newLink(10_001);
    expect(
      (await submit(l.token, { reason: "insufficient_funds", resolution: "arrangement", instalments: "3" }))
        .ok,
    ).toBe(true);
    const arr = await db.paymentArrangement.findFirstOrThrow({ where: { caseId: l.caseId } });
    const schedule = arr.schedule as { dueOn: string; amountCents: number }[];
    expect(arr.instalments).toBe(3);
    expect(schedule.map((s) => s.amountCents)).toEqual([3335, 3333, 3333]);
    expect(schedule.reduce((s, i) => s + i.amountCents, 0)).toBe(10_001);
    expect(schedule.every((s) => isBusinessDay(s.dueOn))).toBe(true);
    expect(arr.firstDueOn.toISOString().slice(0, 10)).toBe(schedule[0]?.dueOn);
  });

  it("insufficient funds → pay now: a follow-up task to check the transfer", async () => {
    const l = await newLink();
    expect((await submit(l.token, { reason: "insufficient_funds", resolution: "pay" })).ok).toBe(true);
    const tasks = await db.task.findMany({ where: { caseId: l.caseId } });
    expect(tasks.map((t) => t.type)).toEqual(["FOLLOW_UP"]);
  });

  it("new account: stores the IBAN only masked and hashed, notes the consent, updates the debtor", async () => {
    const l = await newLink();
    const result = await submit(l.token, {
      reason: "new_account",
      newIban: "nl91 abna 0417 1643 00",
      accountHolder: "J. de Vries",
      mandateConsent: "on",
    });
    expect(result.ok).toBe(true);
    const response = await db.response.findFirstOrThrow({ where: { caseId: l.caseId } });
    const answers = response.answers as Record<string, unknown>;
    expect(answers).toMatchObject({
      reason: "new_account",
      newIbanMasked: "NL91 **** **** **43 00",
      accountHolder: "J. de Vries",
      mandateConsent: true,
      mandateConsentAt: NOW.toISOString(),
    });
    expect(answers.newIbanHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(answers)).not.toContain("0417164300");
    const debtor = await db.debtor.findUniqueOrThrow({ where: { id: l.debtorId } });
    expect(debtor.ibanMasked).toBe("NL91 **** **** **43 00");
    expect(debtor.ibanHash).toBe(answers.newIbanHash);
  });

  it.each([
    [{ reason: "call_me", phone: "06 12345678", timeWindow: "evening" }, "CALLBACK", "+31612345678"],
    [
      { reason: "not_recognised", callbackRequested: "on", callbackPhone: "020-1234567" },
      "CALLBACK",
      "+31201234567",
    ],
    [{ reason: "not_recognised", notRecognisedComment: "Nooit klant geweest" }, "REVIEW", undefined],
    [{ reason: "disagree_amount", disagreeComment: "Ik had al betaald" }, "REVIEW", undefined],
    [{ reason: "other", otherText: "Ik ben verhuisd" }, "REVIEW", undefined],
  ])("%o → one %s task", async (raw, type, phone) => {
    const l = await newLink();
    expect((await submit(l.token, raw)).ok).toBe(true);
    const tasks = await db.task.findMany({ where: { caseId: l.caseId } });
    expect(tasks.map((t) => t.type)).toEqual([type]);
    const response = await db.response.findFirstOrThrow({ where: { caseId: l.caseId } });
    if (phone) expect((response.answers as { phone?: string }).phone).toBe(phone);
    expect(await db.recollection.count()).toBe(0);
    expect(await db.paymentArrangement.count()).toBe(0);
  });

  it.each([
    ["no reason", {}, "reason", "chooseOption"],
    ["unknown reason", { reason: "lottery" }, "reason", "chooseOption"],
    [
      "invalid IBAN",
      { reason: "new_account", newIban: "NL91ABNA0417164301", accountHolder: "X Y", mandateConsent: "on" },
      "newIban",
      "invalidIban",
    ],
    [
      "no consent",
      { reason: "new_account", newIban: "NL91ABNA0417164300", accountHolder: "X Y" },
      "mandateConsent",
      "consentRequired",
    ],
    [
      "weekend date",
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "2026-12-12" },
      "recollectDate",
      "notBusinessDay",
    ],
    [
      "too early",
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "2026-12-04" },
      "recollectDate",
      "dateOutOfRange",
    ],
    [
      "too late",
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "2027-02-01" },
      "recollectDate",
      "dateOutOfRange",
    ],
    [
      "not a date",
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "31-12-2026" },
      "recollectDate",
      "invalidDate",
    ],
    [
      "7 instalments",
      { reason: "insufficient_funds", resolution: "arrangement", instalments: "7" },
      "instalments",
      "instalmentsRange",
    ],
    [
      "1 instalment",
      { reason: "insufficient_funds", resolution: "arrangement", instalments: "1" },
      "instalments",
      "instalmentsRange",
    ],
    ["no resolution", { reason: "insufficient_funds" }, "resolution", "chooseOption"],
    ["bad phone", { reason: "call_me", phone: "12", timeWindow: "morning" }, "phone", "invalidPhone"],
    ["missing phone", { reason: "call_me", timeWindow: "morning" }, "phone", "required"],
    [
      "callback without phone",
      { reason: "not_recognised", callbackRequested: "on" },
      "callbackPhone",
      "required",
    ],
    [
      "empty disagreement",
      { reason: "disagree_amount", disagreeComment: "   " },
      "disagreeComment",
      "required",
    ],
    ["missing free text", { reason: "other" }, "otherText", "required"],
    ["too long text", { reason: "other", otherText: "x".repeat(1001) }, "otherText", "tooLong"],
  ])("refuses %s and changes nothing", async (_name, raw, field, key) => {
    const l = await newLink();
    const before = await footprint();
    const result = await submit(l.token, raw);
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (!result.ok && result.code === "INVALID") expect(result.fields[field]).toBe(key);
    expect(await footprint()).toEqual(before);
    const c = await db.case.findUniqueOrThrow({ where: { id: l.caseId } });
    expect(c.status).toBe("INVITED");
  });

  it("refuses a second submission politely and changes nothing", async () => {
    const l = await newLink();
    expect((await submit(l.token, { reason: "other", otherText: "Eerste" })).ok).toBe(true);
    const before = await footprint();
    expect(await submit(l.token, { reason: "other", otherText: "Tweede" })).toEqual({
      ok: false,
      code: "ALREADY_SUBMITTED",
    });
    expect(await footprint()).toEqual(before);
  });

  it("lets only one of two simultaneous submissions through", async () => {
    const l = await newLink();
    const results = await Promise.all([
      submit(l.token, { reason: "other", otherText: "A" }),
      submit(l.token, { reason: "other", otherText: "B" }),
      submit(l.token, { reason: "call_me", phone: "0612345678", timeWindow: "morning" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.response.count()).toBe(1);
    expect(await db.task.count()).toBe(1);
  });

  it("refuses unknown, revoked and expired tokens as UNAVAILABLE without writing", async () => {
    const l = await newLink();
    await revokeResponseLink(l.linkId, null);
    const expired = await newLink();
    const before = await footprint();
    for (const [token, now] of [
      ["Z".repeat(32), NOW],
      [l.token, NOW],
      [expired.token, new Date(NOW.getTime() + 31 * 86_400_000)],
    ] as const) {
      expect(
        await submitResponse({ token, raw: { reason: "other", otherText: "x" }, locale: "nl", now }),
      ).toEqual({
        ok: false,
        code: "UNAVAILABLE",
      });
    }
    expect(await footprint()).toEqual(before);
  });
});
