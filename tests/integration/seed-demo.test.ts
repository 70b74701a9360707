import { createHash } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/features/auth/password";
import { DEMO_PASSWORD, DEMO_USERS, hasAnyData, seedDemo } from "@/features/demo/seed-demo";
import { CaseStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { isValidIban } from "@/lib/iban";
import { resetDatabase } from "../support/db";

const NOW = new Date("2026-12-03T10:00:00Z");
const DAY_MS = 86_400_000;

async function digest(): Promise<string> {
  const collections = await db.collection.findMany({
    select: { endToEndId: true, amountCents: true, collectionDate: true, status: true },
    orderBy: { endToEndId: "asc" },
  });
  const cases = await db.case.findMany({
    select: {
      number: true,
      status: true,
      outcome: true,
      openAmountCents: true,
      reversal: { select: { reasonCode: true } },
    },
    orderBy: { number: "asc" },
  });
  const debtors = await db.debtor.findMany({
    select: { externalId: true, name: true, ibanHash: true },
    orderBy: { externalId: "asc" },
  });
  return createHash("sha256").update(JSON.stringify({ collections, cases, debtors })).digest("hex");
}

describe("seedDemo", () => {
  beforeEach(resetDatabase);

  it("fills an empty database with counts in the expected ranges", async () => {
    expect(await hasAnyData(db)).toBe(false);
    const started = performance.now();
    const summary = await seedDemo(db, { now: NOW });
    console.info(`seedDemo took ${Math.round(performance.now() - started)} ms`, summary);
    expect(await hasAnyData(db)).toBe(true);

    expect(summary).toEqual({
      users: await db.user.count(),
      debtors: await db.debtor.count(),
      collections: await db.collection.count(),
      reversals: await db.reversal.count(),
      cases: await db.case.count(),
      tasks: await db.task.count(),
    });
    expect(summary.users).toBe(DEMO_USERS.length);
    expect(summary.debtors).toBeGreaterThanOrEqual(550);
    expect(summary.debtors).toBeLessThanOrEqual(700);
    expect(summary.collections).toBeGreaterThanOrEqual(1900);
    expect(summary.collections).toBeLessThanOrEqual(2100);
    expect(summary.reversals).toBeGreaterThanOrEqual(130);
    expect(summary.reversals).toBeLessThanOrEqual(170);
    expect(summary.tasks).toBeGreaterThan(10);

    const settings = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(isValidIban(settings.iban ?? "")).toBe(true);
    expect(settings.creditorId).toMatch(/^NL\d{2}ZZZ\d{12}$/);
    expect(settings.smsSender?.length).toBeLessThanOrEqual(11);
    expect(settings.logoUrl).toBeNull();
    expect(await db.workflowRule.count()).toBeGreaterThanOrEqual(3);
  });

  it("gives every reversal one case and covers every case status, reason code and outcome", async () => {
    await seedDemo(db, { now: NOW });
    const reversals = await db.reversal.findMany({ include: { case: true, collection: true } });
    expect(reversals.every((r) => r.case !== null)).toBe(true);
    expect(await db.case.count()).toBe(reversals.length);

    const statuses = new Set(reversals.map((r) => r.case?.status));
    for (const s of Object.values(CaseStatus)) expect(statuses, s).toContain(s);

    const codes = new Set(reversals.map((r) => r.reasonCode));
    for (const c of [
      "MD06",
      "AM04",
      "MS02",
      "MS03",
      "AC04",
      "MD01",
      "SL01",
      "AC06",
      "AC01",
      "MD07",
      "XT99",
    ]) {
      expect(codes, c).toContain(c);
    }
    const count = (code: string) => reversals.filter((r) => r.reasonCode === code).length;
    expect(count("MD06")).toBeGreaterThan(count("MS02"));
    expect(count("AM04")).toBeGreaterThan(count("AC04"));

    // Kind follows the code.
    for (const r of reversals) {
      if (r.reasonCode === "MD06" || r.reasonCode === "MD01") expect(r.kind).toBe("REFUND");
      if (r.reasonCode === "AM04") expect(["RETURN", "REJECT"]).toContain(r.kind);
      if (r.reasonCode === "MS02") expect(["REFUSAL", "RETURN"]).toContain(r.kind);
      expect(r.source).toBe("DEMO");
      expect(r.amountCents).toBe(r.collection.amountCents);
      expect(r.chargesCents === 0 || (r.chargesCents >= 20 && r.chargesCents <= 450)).toBe(true);
    }

    const cases = await db.case.findMany({ include: { responses: true, reversal: true } });
    const outcomes = new Set(cases.map((c) => c.outcome).filter(Boolean));
    for (const o of ["PAID", "RECOLLECTED", "ARRANGEMENT", "DISPUTED", "UNREACHABLE", "WRITTEN_OFF"])
      expect(outcomes, o).toContain(o);
    for (const c of cases) {
      const resolved = c.status === "RESOLVED" || c.status === "CLOSED";
      expect(c.resolvedAt !== null, `case ${c.number}`).toBe(resolved);
      expect(c.outcome !== null, `case ${c.number}`).toBe(resolved);
      if (c.outcome === "PAID" || c.outcome === "RECOLLECTED") expect(c.openAmountCents).toBe(0);
      if (!resolved) expect(c.openAmountCents).toBeGreaterThan(0);
      if (c.status === "RESPONDED") expect(c.responses.length).toBe(1);
      if (c.respondedAt) expect(c.respondedAt.getTime()).toBeGreaterThan(c.createdAt.getTime());
      if (c.resolvedAt) expect(c.resolvedAt.getTime()).toBeGreaterThan(c.createdAt.getTime());
      expect(c.updatedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    // Older cases carry lower numbers.
    const byNumber = [...cases].sort((a, b) => a.number - b.number);
    for (let i = 1; i < byNumber.length; i++) {
      expect(byNumber[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(byNumber[i - 1]!.createdAt.getTime());
    }

    const events = await db.caseEvent.findMany({ select: { type: true, createdAt: true } });
    expect(events.every((e) => e.createdAt <= NOW)).toBe(true);
    const eventTypes = new Set(events.map((e) => e.type));
    for (const t of ["case.opened", "message.sent", "link.opened", "response.received", "case.resolved"]) {
      expect(eventTypes, t).toContain(t);
    }

    const recollections = await db.recollection.findMany();
    expect(new Set(recollections.map((r) => r.status))).toEqual(
      new Set(["PLANNED", "EXPORTED", "COLLECTED"]),
    );
    const arrangements = await db.paymentArrangement.findMany();
    expect(new Set(arrangements.map((a) => a.status))).toEqual(new Set(["ACTIVE", "COMPLETED"]));
    for (const a of arrangements) {
      const schedule = a.schedule as { dueOn: string; amountCents: number }[];
      expect(schedule).toHaveLength(a.instalments);
      expect(a.instalments).toBeGreaterThanOrEqual(2);
      expect(a.instalments).toBeLessThanOrEqual(6);
      expect(schedule.reduce((sum, s) => sum + s.amountCents, 0)).toBe(a.totalCents);
    }
    const failed = await db.message.findMany({ where: { status: "FAILED" } });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.lastError).toBeTruthy();
  });

  it("lets every demo user sign in with DEMO_PASSWORD", async () => {
    await seedDemo(db, { now: NOW });
    const users = await db.user.findMany();
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["ADMIN", "CONTROLLER", "AGENT"]));
    for (const u of users) expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash), u.email).toBe(true);
  });

  it("keeps SEPA dates consistent", async () => {
    await seedDemo(db, { now: NOW });
    const today = Date.UTC(2026, 11, 3);
    const collections = await db.collection.findMany({ include: { reversals: true } });
    for (const c of collections) {
      expect(c.settlementDate?.getTime()).toBe(c.collectionDate.getTime());
      expect(c.finalOn?.getTime()).toBe(c.collectionDate.getTime() + 56 * DAY_MS);
      expect(c.collectionDate.getTime()).toBeLessThanOrEqual(today);
      expect(today - c.collectionDate.getTime()).toBeLessThanOrEqual(92 * DAY_MS); // the last three monthly runs;
      expect([0, 6]).not.toContain(c.collectionDate.getUTCDay());
      const expected =
        c.reversals.length > 0 ? "REVERSED" : c.finalOn!.getTime() <= today ? "FINAL" : "SETTLED";
      expect(c.status, c.endToEndId).toBe(expected);
      for (const r of c.reversals) {
        expect(r.bookingDate.getTime(), r.dedupeKey).toBeGreaterThan(c.collectionDate.getTime());
        expect(r.bookingDate.getTime()).toBeLessThanOrEqual(today);
        const days = (r.bookingDate.getTime() - c.collectionDate.getTime()) / DAY_MS;
        if (r.kind === "REFUND") expect(days).toBeLessThanOrEqual(56);
        if (r.kind === "RETURN") expect(days).toBeLessThanOrEqual(9); // D+5 business days, weekends between
      }
    }
    const statuses = new Set(collections.map((c) => c.status));
    expect(statuses).toEqual(new Set(["SETTLED", "FINAL", "REVERSED"]));
    expect(new Set(collections.map((c) => c.sequenceType))).toEqual(
      new Set(["FRST", "RCUR", "OOFF", "FNAL"]),
    );
  });

  it("stores no full IBAN and only E.164 phone numbers", async () => {
    await seedDemo(db, { now: NOW });
    const debtors = await db.debtor.findMany();
    for (const d of debtors) {
      expect(d.ibanMasked).toMatch(/^[A-Z]{2}\d{2}( [*0-9]{1,4})+$/);
      expect(d.ibanMasked).toContain("****");
      expect(isValidIban(d.ibanMasked ?? "")).toBe(false);
      expect(d.ibanHash).toMatch(/^[0-9a-f]{64}$/);
      if (d.phone) {
        expect(d.phone).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(parsePhoneNumberFromString(d.phone)?.isValid(), d.phone).toBe(true);
      }
    }
    expect(debtors.filter((d) => d.phone).length / debtors.length).toBeGreaterThan(0.7);
    expect(debtors.filter((d) => d.email).length / debtors.length).toBeGreaterThan(0.8);
    expect(debtors.some((d) => d.locale === "en")).toBe(true);

    // Nothing anywhere looks like an unmasked IBAN.
    const everything = JSON.stringify([
      debtors,
      await db.response.findMany(),
      await db.message.findMany(),
      await db.caseEvent.findMany(),
      await db.task.findMany(),
    ]);
    const candidates = everything.match(/\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g) ?? [];
    expect(candidates.filter((c) => isValidIban(c))).toEqual([]);
  });

  it("is deterministic for the same now and seed", async () => {
    await seedDemo(db, { now: NOW, seed: 7 });
    const first = await digest();
    await resetDatabase();
    await seedDemo(db, { now: NOW, seed: 7 });
    expect(await digest()).toBe(first);
    await resetDatabase();
    await seedDemo(db, { now: NOW, seed: 8 });
    expect(await digest()).not.toBe(first);
  });
});
