import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

let seq = 0;

/** Settings + one debtor, collection, reversal (AM04) and case: the smallest world a link lives in. */
export async function makeCase(opts: { amountCents?: number; status?: "NEW" | "INVITED" | "RESOLVED" } = {}) {
  seq++;
  await db.organisationSettings.upsert({
    where: { id: 1 },
    create: {
      id: 1,
      creditorName: "Waterbedrijf Test",
      iban: "NL91ABNA0417164300",
      supportPhone: "020 123 4567",
      supportEmail: "klantenservice@example.nl",
      recollectMinDays: 5,
      recollectMaxDays: 30,
      linkValidityDays: 30,
    },
    update: {},
  });
  const debtor = await db.debtor.create({
    data: {
      name: `Klant ${seq}`,
      locale: "nl",
      ibanMasked: "NL02 **** **** **12 34",
      ibanHash: "x".repeat(64),
    },
  });
  const collection = await db.collection.create({
    data: {
      debtorId: debtor.id,
      endToEndId: `E2E-${seq}-${randomUUID()}`,
      amountCents: opts.amountCents ?? 4250,
      collectionDate: new Date("2026-11-25T00:00:00Z"),
      description: "Waterrekening november",
      invoiceReference: `F2026-${1000 + seq}`,
      status: "REVERSED",
    },
  });
  const reversal = await db.reversal.create({
    data: {
      collectionId: collection.id,
      reasonCode: "AM04",
      kind: "RETURN",
      bookingDate: new Date("2026-11-27T00:00:00Z"),
      amountCents: collection.amountCents,
      source: "MANUAL",
      dedupeKey: `test:${collection.endToEndId}`,
    },
  });
  const c = await db.case.create({
    data: {
      reversalId: reversal.id,
      openAmountCents: collection.amountCents,
      status: opts.status ?? "NEW",
    },
  });
  return { caseId: c.id, caseNumber: c.number, debtorId: debtor.id, collectionId: collection.id };
}

/** Row counts of everything a submission may write, to prove a refused one wrote nothing. */
export async function footprint() {
  const [responses, tasks, recollections, arrangements, events, submitted] = await Promise.all([
    db.response.count(),
    db.task.count(),
    db.recollection.count(),
    db.paymentArrangement.count(),
    db.caseEvent.count({ where: { type: "response.received" } }),
    db.responseLink.count({ where: { submittedAt: { not: null } } }),
  ]);
  return { responses, tasks, recollections, arrangements, events, submitted };
}
