import "server-only";
import type {
  CaseDetail,
  ListReversalsQuery,
  ReversalItem,
  ReversalList,
} from "@/features/api-keys/api-schemas";
import { describeReason } from "@/features/reasons";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Read models of the REST API (/api/v1): plain JSON shapes, money in cents + currency, dates as
// yyyy-mm-dd (calendar dates) or ISO timestamps, never a full IBAN.

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function reasonOf(code: string, kind: ReversalItem["kind"]) {
  const r = describeReason(code, kind);
  return r.known
    ? { code: r.code, known: true, isoName: r.isoName, explanation: { nl: r.staff.nl, en: r.staff.en } }
    : { code: r.code, known: false, isoName: null, explanation: null };
}

export async function listReversalsForApi(query: ListReversalsQuery): Promise<ReversalList> {
  const where: Prisma.ReversalWhereInput = {
    ...(query.endToEndId ? { collection: { endToEndId: query.endToEndId } } : {}),
    ...(query.reasonCode ? { reasonCode: query.reasonCode.toUpperCase() } : {}),
    ...(query.from || query.to
      ? {
          bookingDate: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
            ...(query.to ? { lte: new Date(`${query.to}T00:00:00Z`) } : {}),
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.reversal.count({ where }),
    db.reversal.findMany({
      where,
      // id as tie-breaker keeps pages stable when many reversals share a booking date.
      orderBy: [{ bookingDate: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        collection: { select: { endToEndId: true, mandateId: true } },
        case: { select: { id: true, number: true, status: true, outcome: true } },
      },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
    items: rows.map((r) => ({
      id: r.id,
      endToEndId: r.collection.endToEndId,
      mandateId: r.collection.mandateId,
      amountCents: r.amountCents,
      chargesCents: r.chargesCents,
      currency: r.currency,
      reason: reasonOf(r.reasonCode, r.kind),
      reasonInfo: r.reasonInfo,
      kind: r.kind,
      bookingDate: isoDay(r.bookingDate),
      source: r.source,
      createdAt: r.createdAt.toISOString(),
      case: r.case,
    })),
  };
}

export async function getCaseForApi(id: string): Promise<CaseDetail> {
  const c = await db.case.findUnique({
    where: { id },
    include: {
      reversal: { include: { collection: { include: { debtor: true } } } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "Zaak niet gevonden");
  const { reversal } = c;
  const { collection } = reversal;
  const { debtor } = collection;
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    outcome: c.outcome,
    openAmountCents: c.openAmountCents,
    currency: c.currency,
    respondedAt: c.respondedAt?.toISOString() ?? null,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    reversal: {
      id: reversal.id,
      amountCents: reversal.amountCents,
      chargesCents: reversal.chargesCents,
      currency: reversal.currency,
      reason: reasonOf(reversal.reasonCode, reversal.kind),
      reasonInfo: reversal.reasonInfo,
      kind: reversal.kind,
      bookingDate: isoDay(reversal.bookingDate),
      source: reversal.source,
    },
    collection: {
      id: collection.id,
      endToEndId: collection.endToEndId,
      mandateId: collection.mandateId,
      sequenceType: collection.sequenceType,
      amountCents: collection.amountCents,
      currency: collection.currency,
      collectionDate: isoDay(collection.collectionDate),
      description: collection.description,
      invoiceReference: collection.invoiceReference,
      ibanMasked: debtor.ibanMasked,
    },
    debtor: { name: debtor.name, email: debtor.email, phone: debtor.phone },
    events: c.events.map((e) => ({
      id: e.id,
      type: e.type,
      data: e.data,
      actorType: e.actorType,
      createdAt: e.createdAt.toISOString(),
    })),
  };
}
