import { beforeEach, describe, expect, it } from "vitest";
import { getCaseDetail, refundWindowFor } from "@/features/cases/case-detail.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";

async function makeCase(opts: { reasonCode: string; kind?: "RETURN" | "REFUND"; finalOn?: Date | null }) {
  const debtor = await db.debtor.create({
    data: {
      name: "Fatima el Amrani",
      email: "fatima@example.nl",
      phone: "+31612345678",
      ibanMasked: "NL** **** **** **12 34",
      ibanHash: "h",
    },
  });
  const collection = await db.collection.create({
    data: {
      debtorId: debtor.id,
      endToEndId: `E2E-${opts.reasonCode}-${Math.random().toString(36).slice(2, 8)}`,
      mandateId: "WBN-000123",
      amountCents: 4250,
      collectionDate: new Date("2026-12-01T00:00:00Z"),
      settlementDate: new Date("2026-12-03T00:00:00Z"),
      finalOn: opts.finalOn === undefined ? null : opts.finalOn,
      status: "REVERSED",
    },
  });
  const reversal = await db.reversal.create({
    data: {
      collectionId: collection.id,
      reasonCode: opts.reasonCode,
      kind: opts.kind ?? "RETURN",
      bookingDate: new Date("2026-12-05T00:00:00Z"),
      amountCents: 4250,
      chargesCents: 35,
      source: "CAMT",
      dedupeKey: `k-${collection.endToEndId}`,
    },
  });
  const user = await db.user.create({
    data: { email: "agent@example.nl", name: "Anouk Agent", role: "AGENT", passwordHash: "x" },
  });
  return db.case.create({
    data: {
      reversalId: reversal.id,
      openAmountCents: 4250,
      assigneeId: user.id,
      events: {
        create: [
          { type: "case.opened", createdAt: new Date("2026-12-05T08:00:00Z") },
          { type: "message.sent", data: { channel: "EMAIL" }, createdAt: new Date("2026-12-05T09:00:00Z") },
          {
            type: "case.assigned",
            actorType: "USER",
            actorId: user.id,
            createdAt: new Date("2026-12-06T10:00:00Z"),
          },
        ],
      },
      responses: {
        create: {
          reason: "insufficient_funds",
          answers: { reason: "insufficient_funds" },
          formVersion: 1,
          channel: "WEB",
        },
      },
      tasks: { create: { type: "CALL", title: "Bel de klant" } },
    },
  });
}

describe("getCaseDetail", () => {
  beforeEach(resetDatabase);

  it("reads the case with its reversal, collection, debtor, answers, tasks and timeline (newest first)", async () => {
    const c = await makeCase({ reasonCode: "AM04" });
    const detail = await getCaseDetail(c.id, { today: "2026-12-10" });
    expect(detail).not.toBeNull();
    if (!detail) return;
    expect(detail.number).toBe(c.number);
    expect(detail.reversal.amountCents).toBe(4250);
    expect(detail.reversal.chargesCents).toBe(35);
    expect(detail.reversal.bookingDate).toBe("2026-12-05");
    expect(detail.reversal.collection.collectionDate).toBe("2026-12-01");
    expect(detail.reversal.collection.debtor.ibanMasked).toBe("NL** **** **** **12 34");
    expect(detail.assignee?.name).toBe("Anouk Agent");
    expect(detail.events.map((e) => e.type)).toEqual(["case.assigned", "message.sent", "case.opened"]);
    expect(detail.events[0]?.actor?.name).toBe("Anouk Agent");
    expect(detail.responses).toHaveLength(1);
    expect(detail.tasks.map((t) => t.title)).toEqual(["Bel de klant"]);
  });

  it("explains a known reason code with its retry advice", async () => {
    const c = await makeCase({ reasonCode: " am04 " });
    const detail = await getCaseDetail(c.id);
    expect(detail?.reason.known).toBe(true);
    if (!detail?.reason.known) return;
    expect(detail.reason.code).toBe("AM04");
    expect(detail.reason.retry).toBe("allowed");
    expect(detail.reason.staff.nl).toMatch(/saldo|dekking/i);

    const md06 = await getCaseDetail((await makeCaseWithOtherUser("MD06", "REFUND")).id);
    expect(md06?.reason.known && md06.reason.retry).toBe("never");
  });

  it("flags an unknown reason code and keeps it as it came (trimmed, upper-cased)", async () => {
    const c = await makeCase({ reasonCode: "zz42" });
    const detail = await getCaseDetail(c.id);
    expect(detail?.reason).toEqual({ known: false, code: "ZZ42", kind: "RETURN" });
    expect(detail?.reversal.reasonCode).toBe("zz42");
  });

  it("computes the 56-day window from the settlement date, or uses the stored finalOn", async () => {
    const c = await makeCase({ reasonCode: "MD06", kind: "REFUND" });
    // Settled 3 December 2026 → final on 28 January 2027 (settlement + 56 days).
    const open = await getCaseDetail(c.id, { today: "2027-01-18" });
    expect(open?.window).toEqual({ finalOn: "2027-01-28", daysLeft: 10, final: false });
    const dayBefore = await getCaseDetail(c.id, { today: "2027-01-27" });
    expect(dayBefore?.window).toMatchObject({ daysLeft: 1, final: false });
    const finalDay = await getCaseDetail(c.id, { today: "2027-01-28" });
    expect(finalDay?.window).toMatchObject({ finalOn: "2027-01-28", daysLeft: 0, final: true });
    const later = await getCaseDetail(c.id, { today: "2027-03-01" });
    expect(later?.window.final).toBe(true);

    const stored = refundWindowFor(
      {
        finalOn: new Date("2027-02-01T00:00:00Z"),
        settlementDate: null,
        collectionDate: new Date("2026-12-01"),
      },
      "MD06",
      "2027-01-30",
    );
    expect(stored).toEqual({ finalOn: "2027-02-01", daysLeft: 2, final: false });
  });

  it("gives MD01 (no mandate) the 13-month window", () => {
    const w = refundWindowFor(
      {
        finalOn: null,
        settlementDate: new Date("2026-12-03T00:00:00Z"),
        collectionDate: new Date("2026-12-01"),
      },
      "md01",
      "2026-12-10",
    );
    expect(w.finalOn).toBe("2028-01-03");
  });

  it("returns null for an unknown id and for malformed ids, without asking the database to cast them", async () => {
    expect(await getCaseDetail("6f1c2a4e-0000-4000-8000-000000000000")).toBeNull();
    expect(await getCaseDetail("not-a-uuid")).toBeNull();
    expect(await getCaseDetail('\'; DROP TABLE "Case"; --')).toBeNull();
    expect(await getCaseDetail("")).toBeNull();
  });
});

// A second case needs its own assignee (users are unique by e-mail).
async function makeCaseWithOtherUser(reasonCode: string, kind: "RETURN" | "REFUND") {
  await db.user.update({
    where: { email: "agent@example.nl" },
    data: { email: `old-${Date.now()}@example.nl` },
  });
  return makeCase({ reasonCode, kind });
}
