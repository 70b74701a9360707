import "server-only";
import type { CaseStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";

export const CASE_PAGE_SIZE = 25;

export async function listCases(opts: { status?: CaseStatus; page?: number } = {}) {
  const page = Math.max(1, opts.page ?? 1);
  const where = opts.status ? { status: opts.status } : {};
  const [total, rows] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      orderBy: [{ reversal: { bookingDate: "desc" } }, { number: "desc" }],
      skip: (page - 1) * CASE_PAGE_SIZE,
      take: CASE_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        openAmountCents: true,
        currency: true,
        assignee: { select: { name: true } },
        reversal: {
          select: {
            reasonCode: true,
            kind: true,
            bookingDate: true,
            amountCents: true,
            collection: { select: { debtor: { select: { name: true } }, invoiceReference: true } },
          },
        },
      },
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / CASE_PAGE_SIZE)), rows };
}
