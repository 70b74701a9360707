import "server-only";
import { type DescribedReason, describeReason } from "@/features/reasons";
import { refundWindowEnd, todayIso, toIsoDate } from "@/lib/dates";
import { db } from "@/lib/db/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

/** The 56-day (or 13-month, MD01) refund window of the collection behind a case. */
export interface RefundWindow {
  /** The day (`yyyy-mm-dd`) the collection becomes final: settlement + 56 days (13 months for MD01). */
  finalOn: string;
  /** Calendar days left until `finalOn`; 0 or less once final. */
  daysLeft: number;
  final: boolean;
}

function dayDiff(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/** A `@db.Date` column comes back as UTC midnight: its ISO date is the UTC date, not Amsterdam's. */
function dateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function refundWindowFor(
  collection: { finalOn: Date | null; settlementDate: Date | null; collectionDate: Date },
  reasonCode: string,
  today: string = todayIso(),
): RefundWindow {
  // The stored finalOn wins (the importer knows the settlement); otherwise derive it from the rulebook.
  const finalOn = collection.finalOn
    ? dateOnly(collection.finalOn)
    : refundWindowEnd(
        dateOnly(collection.settlementDate ?? collection.collectionDate),
        reasonCode.trim().toUpperCase() !== "MD01",
      );
  const daysLeft = dayDiff(today, finalOn);
  return { finalOn, daysLeft, final: daysLeft <= 0 };
}

/**
 * Everything the case page shows, in one read: the reversal with its reason explained, the collection
 * and its refund window, the debtor, answers, tasks, messages and the timeline (newest first).
 * Returns null for an unknown or malformed id (the page turns that into a 404).
 */
export async function getCaseDetail(id: string, opts: { today?: string } = {}) {
  if (!UUID.test(id)) return null;
  const row = await db.case.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      outcome: true,
      openAmountCents: true,
      currency: true,
      respondedAt: true,
      resolvedAt: true,
      createdAt: true,
      assignee: { select: { id: true, name: true } },
      reversal: {
        select: {
          id: true,
          reasonCode: true,
          reasonInfo: true,
          kind: true,
          bookingDate: true,
          amountCents: true,
          currency: true,
          chargesCents: true,
          source: true,
          bankReference: true,
          createdAt: true,
          import: { select: { id: true, fileName: true } },
          collection: {
            select: {
              id: true,
              endToEndId: true,
              mandateId: true,
              mandateSignedOn: true,
              sequenceType: true,
              amountCents: true,
              currency: true,
              collectionDate: true,
              settlementDate: true,
              finalOn: true,
              description: true,
              invoiceReference: true,
              status: true,
              debtor: {
                select: {
                  id: true,
                  externalId: true,
                  name: true,
                  email: true,
                  phone: true,
                  locale: true,
                  ibanMasked: true,
                },
              },
            },
          },
        },
      },
      responses: {
        orderBy: { createdAt: "desc" },
        select: { id: true, reason: true, answers: true, channel: true, locale: true, createdAt: true },
      },
      tasks: {
        orderBy: [{ status: "asc" }, { dueAt: "asc" }, { createdAt: "desc" }],
        select: {
          id: true,
          type: true,
          status: true,
          priority: true,
          title: true,
          notes: true,
          dueAt: true,
          outcome: true,
          doneAt: true,
          assignee: { select: { name: true } },
        },
      },
      messages: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          channel: true,
          recipient: true,
          template: true,
          subject: true,
          status: true,
          attempts: true,
          lastError: true,
          sentAt: true,
          deliveredAt: true,
          createdAt: true,
        },
      },
      recollections: {
        orderBy: { requestedFor: "desc" },
        select: { id: true, amountCents: true, currency: true, requestedFor: true, status: true },
      },
      arrangements: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          totalCents: true,
          currency: true,
          instalments: true,
          firstDueOn: true,
          status: true,
        },
      },
      events: {
        // Newest first; id breaks ties between events written in the same millisecond.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          type: true,
          data: true,
          actorType: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { reversal } = row;
  const reason: DescribedReason = describeReason(reversal.reasonCode, reversal.kind);
  return {
    ...row,
    reversal: {
      ...reversal,
      bookingDate: dateOnly(reversal.bookingDate),
      collection: {
        ...reversal.collection,
        collectionDate: dateOnly(reversal.collection.collectionDate),
        settlementDate: reversal.collection.settlementDate
          ? dateOnly(reversal.collection.settlementDate)
          : null,
        mandateSignedOn: reversal.collection.mandateSignedOn
          ? dateOnly(reversal.collection.mandateSignedOn)
          : null,
      },
    },
    recollections: row.recollections.map((r) => ({ ...r, requestedFor: dateOnly(r.requestedFor) })),
    arrangements: row.arrangements.map((a) => ({ ...a, firstDueOn: dateOnly(a.firstDueOn) })),
    reason,
    window: refundWindowFor(reversal.collection, reversal.reasonCode, opts.today ?? todayIso()),
    /** Amsterdam date the case was opened, for "opened on …" without a time. */
    openedOn: toIsoDate(row.createdAt),
  };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseDetail>>>;
