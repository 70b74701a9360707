import { beforeEach, describe, expect, it } from "vitest";
import { clearConsumerSettingsCache, loadConsumerPage } from "@/features/responses/consumer.server";
import { createResponseLink, openResponseLink, revokeResponseLink } from "@/features/responses/links.server";
import { submitResponse } from "@/features/responses/submit.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { makeCase } from "./fixtures";

const DAY = 86_400_000;

describe("the consumer page's one statement (openResponseLink)", () => {
  beforeEach(async () => {
    await resetDatabase();
    clearConsumerSettingsCache();
  });

  it("records the first opening: counts, first/last time, case OPENED, one link.opened event", async () => {
    const { caseId, caseNumber } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    const t1 = new Date(Date.now() + 1000);
    const opened = await openResponseLink(link.token, t1);
    expect(opened).toMatchObject({
      id: link.linkId,
      caseId,
      first: true,
      submittedAt: null,
      number: caseNumber,
      openAmountCents: 4250,
      currency: "EUR",
      reasonCode: "AM04",
      reversalKind: "RETURN",
      collectionDate: "2026-11-25",
      description: "Waterrekening november",
      debtorLocale: "nl",
      response: null,
    });
    const t2 = new Date(t1.getTime() + 60_000);
    expect((await openResponseLink(link.token, t2))?.first).toBe(false);

    const row = await db.responseLink.findUniqueOrThrow({ where: { id: link.linkId } });
    expect(row).toMatchObject({ openCount: 2, firstOpenedAt: t1, lastOpenedAt: t2 });
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("OPENED");
    expect(c.updatedAt).toEqual(t1);
    const events = await db.caseEvent.findMany({ where: { caseId, type: "link.opened" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: "CONSUMER", data: { linkId: link.linkId }, createdAt: t1 });
  });

  it("lets only one of many simultaneous first openings write the event", async () => {
    const { caseId } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    const results = await Promise.all(Array.from({ length: 8 }, () => openResponseLink(link.token)));
    expect(results.filter((r) => r?.first)).toHaveLength(1);
    expect(await db.caseEvent.count({ where: { caseId, type: "link.opened" } })).toBe(1);
    expect((await db.responseLink.findUniqueOrThrow({ where: { id: link.linkId } })).openCount).toBe(8);
  });

  it("leaves a later status alone: a RESPONDED case stays RESPONDED when its new link is first opened", async () => {
    const { caseId } = await makeCase();
    await db.case.update({ where: { id: caseId }, data: { status: "RESPONDED" } });
    const link = await createResponseLink(undefined, caseId);
    expect((await openResponseLink(link.token))?.first).toBe(true);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("RESPONDED");
  });

  it("answers null and writes nothing for malformed, unknown, expired and revoked tokens", async () => {
    const { caseId } = await makeCase();
    const now = new Date();
    const expired = await createResponseLink(undefined, caseId, {
      validityDays: 1,
      now: new Date(now.getTime() - 2 * DAY),
    });
    const revoked = await createResponseLink(undefined, caseId);
    await revokeResponseLink(revoked.linkId, null);
    for (const token of ["", "not a token!", "A".repeat(32), expired.token, revoked.token])
      expect(await openResponseLink(token, now)).toBeNull();
    const rows = await db.responseLink.findMany({ where: { caseId } });
    expect(rows.every((r) => r.openCount === 0 && r.firstOpenedAt === null)).toBe(true);
    expect(await db.caseEvent.count({ where: { caseId, type: "link.opened" } })).toBe(0);
  });

  it("returns the link's own latest response once it is submitted", async () => {
    const { caseId } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    const other = await createResponseLink(undefined, caseId);
    expect(
      (
        await submitResponse({
          token: other.token,
          raw: { reason: "other", otherText: "Ander" },
          locale: "nl",
        })
      ).ok,
    ).toBe(true);
    expect((await openResponseLink(link.token))?.response).toBeNull();
    expect(
      (
        await submitResponse({
          token: link.token,
          raw: { reason: "other", otherText: "Eigen" },
          locale: "nl",
        })
      ).ok,
    ).toBe(true);
    const opened = await openResponseLink(link.token);
    expect(opened?.submittedAt).toBeInstanceOf(Date);
    expect(opened?.response).toMatchObject({
      reason: "other",
      answers: { reason: "other", comment: "Eigen" },
    });
  });
});

describe("loadConsumerPage", () => {
  beforeEach(async () => {
    await resetDatabase();
    clearConsumerSettingsCache();
  });

  it("shows the form with the case facts, then the outcome once answered", async () => {
    const { caseId } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    const page = await loadConsumerPage(link.token);
    expect(page.kind).toBe("form");
    if (page.kind !== "form") return;
    expect(page.creditor).toMatchObject({ name: "Waterbedrijf Test", iban: "NL91ABNA0417164300" });
    expect(page.case).toMatchObject({
      amountCents: 4250,
      collectionDate: "2026-11-25",
      reference: expect.stringMatching(/^F2026-/),
    });
    expect(page.case.bankSaid).toBeTruthy();
    expect(page.context).toMatchObject({ recollectMinDays: 5, recollectMaxDays: 30 });

    await submitResponse({
      token: link.token,
      raw: { reason: "other", otherText: "Verhuisd" },
      locale: "nl",
    });
    const done = await loadConsumerPage(link.token, { lang: "en" });
    expect(done).toMatchObject({ kind: "done", locale: "en", response: { reason: "other" } });
  });

  it("gives the same unavailable page for an unknown token, in the asked language", async () => {
    await makeCase();
    expect(await loadConsumerPage("A".repeat(32), { lang: "en" })).toMatchObject({
      kind: "unavailable",
      locale: "en",
      creditor: { name: "Waterbedrijf Test" },
    });
  });

  it("keeps the settings for a few seconds per instance, and reads them again after", async () => {
    const { caseId } = await makeCase();
    const link = await createResponseLink(undefined, caseId);
    expect((await loadConsumerPage(link.token)).creditor.name).toBe("Waterbedrijf Test");
    await db.organisationSettings.update({ where: { id: 1 }, data: { creditorName: "Nieuwe Naam" } });
    // Within the TTL: the cached name (harmless for a few seconds).
    expect((await loadConsumerPage(link.token)).creditor.name).toBe("Waterbedrijf Test");
    clearConsumerSettingsCache();
    expect((await loadConsumerPage(link.token)).creditor.name).toBe("Nieuwe Naam");
  });
});
