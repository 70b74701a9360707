import "server-only";
import { CaseStatus } from "@/generated/prisma/enums";
import { addDays, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";

export interface DashboardKpis {
  collections: number;
  collectionsAmountCents: number;
  reversals: number;
  reversedAmountCents: number;
  successRate: number | null;
  recoveredCases: number;
  recoveredAmountCents: number;
  openCases: number;
  openAmountCents: number;
  inWindowCollections: number;
  inWindowAmountCents: number;
  byReason: { code: string; count: number; amountCents: number }[];
  byStatus: { status: string; count: number }[];
}

const RECOVERED = ["PAID", "RECOLLECTED", "ARRANGEMENT"] as const;

/** KPIs over the collections of the last `days` days (EUR only: other currencies are not summed with euros). */
export async function getDashboardKpis(opts: { days?: number; now?: Date } = {}): Promise<DashboardKpis> {
  const today = todayIso(opts.now);
  const from = new Date(`${addDays(today, -(opts.days ?? 90))}T00:00:00Z`);
  const todayDate = new Date(`${today}T00:00:00Z`);
  const inPeriod = { collectionDate: { gte: from }, currency: "EUR" };

  const [collections, reversals, recovered, open, inWindow, byReason, byStatus] = await Promise.all([
    db.collection.aggregate({ where: inPeriod, _count: true, _sum: { amountCents: true } }),
    db.reversal.aggregate({ where: { collection: inPeriod }, _count: true, _sum: { amountCents: true } }),
    db.case.aggregate({
      where: { outcome: { in: [...RECOVERED] }, reversal: { collection: inPeriod } },
      _count: true,
      _sum: { openAmountCents: true },
    }),
    db.case.aggregate({
      where: { status: { notIn: ["RESOLVED", "CLOSED"] }, currency: "EUR" },
      _count: true,
      _sum: { openAmountCents: true },
    }),
    db.collection.aggregate({
      where: { currency: "EUR", status: { in: ["PENDING", "SETTLED"] }, finalOn: { gt: todayDate } },
      _count: true,
      _sum: { amountCents: true },
    }),
    db.reversal.groupBy({
      by: ["reasonCode"],
      where: { collection: inPeriod },
      _count: true,
      _sum: { amountCents: true },
      orderBy: { _count: { reasonCode: "desc" } },
    }),
    db.case.groupBy({ by: ["status"], _count: true }),
  ]);

  // Recovered = reversed amount of cases closed with a payment outcome.
  const recoveredAmount = await db.reversal.aggregate({
    where: { case: { outcome: { in: [...RECOVERED] } }, collection: inPeriod },
    _sum: { amountCents: true },
  });

  const total = collections._count;
  return {
    collections: total,
    collectionsAmountCents: collections._sum.amountCents ?? 0,
    reversals: reversals._count,
    reversedAmountCents: reversals._sum.amountCents ?? 0,
    successRate: total ? (total - reversals._count) / total : null,
    recoveredCases: recovered._count,
    recoveredAmountCents: recoveredAmount._sum.amountCents ?? 0,
    openCases: open._count,
    openAmountCents: open._sum.openAmountCents ?? 0,
    inWindowCollections: inWindow._count,
    inWindowAmountCents: inWindow._sum.amountCents ?? 0,
    byReason: byReason.map((r) => ({
      code: r.reasonCode,
      count: r._count,
      amountCents: r._sum.amountCents ?? 0,
    })),
    // In lifecycle order, not by count, so the list reads as a funnel.
    byStatus: Object.values(CaseStatus).map((status) => ({
      status,
      count: byStatus.find((s) => s.status === status)?._count ?? 0,
    })),
  };
}
