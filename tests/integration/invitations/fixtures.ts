import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/features/auth/session.server";
import type { CaseStatus, Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";

export async function setOrganisation() {
  await db.organisationSettings.upsert({
    where: { id: 1 },
    create: { id: 1, creditorName: "Waterbedrijf Test", supportPhone: "088 123 45 67", linkValidityDays: 30 },
    update: {},
  });
}

/** A case with its reversal, collection and debtor; email/phone null = unknown. */
export async function makeCase(
  opts: { email?: string | null; phone?: string | null; status?: CaseStatus; name?: string } = {},
) {
  const debtor = await db.debtor.create({
    data: {
      name: opts.name ?? "Jan de Vries",
      email: opts.email === undefined ? "Jan@Example.nl" : opts.email,
      phone: opts.phone === undefined ? "06 12345678" : opts.phone,
      locale: "nl",
    },
  });
  const collection = await db.collection.create({
    data: {
      debtorId: debtor.id,
      endToEndId: `E2E-${randomUUID()}`,
      amountCents: 4250,
      collectionDate: new Date("2026-11-26"),
      invoiceReference: "F-2026-0042",
    },
  });
  const reversal = await db.reversal.create({
    data: {
      collectionId: collection.id,
      reasonCode: "MD06",
      kind: "REFUND",
      bookingDate: new Date("2026-12-01"),
      amountCents: 4250,
      source: "MANUAL",
      dedupeKey: randomUUID(),
    },
  });
  return db.case.create({
    data: { reversalId: reversal.id, openAmountCents: 4250, status: opts.status ?? "NEW" },
    select: { id: true, number: true, status: true },
  });
}

export async function makeUser(role: Role = "AGENT", active = true): Promise<CurrentUser> {
  const u = await db.user.create({
    data: { email: `${randomUUID()}@demo.test`, name: "Fatima El Amrani", role, passwordHash: "x", active },
  });
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale };
}

/** Everything an invitation writes for a case, to prove a skipped one wrote nothing. */
export async function footprint(caseId: string) {
  const [messages, links, events, c] = await Promise.all([
    db.message.count({ where: { caseId } }),
    db.responseLink.count({ where: { caseId } }),
    db.caseEvent.count({ where: { caseId } }),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } }),
  ]);
  return { messages, links, events, status: c.status };
}
