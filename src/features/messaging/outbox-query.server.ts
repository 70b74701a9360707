import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OutboxFilter } from "./schemas";

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox page: newest first, filtered by status and channel. */
export async function listMessages(filter: OutboxFilter) {
  const where: Prisma.MessageWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
  };
  const page = filter.page ?? 1;
  const [rows, total, counts] = await Promise.all([
    db.message.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        recipient: true,
        template: true,
        locale: true,
        subject: true,
        body: true,
        status: true,
        attempts: true,
        lastError: true,
        providerId: true,
        nextAttemptAt: true,
        sentAt: true,
        createdAt: true,
        case: { select: { id: true, number: true } },
      },
    }),
    db.message.count({ where }),
    db.message.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>;
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), byStatus };
}

export async function getMessage(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("NOT_FOUND", "Bericht niet gevonden");
  const message = await db.message.findUnique({
    where: { id },
    include: { case: { select: { id: true, number: true } } },
  });
  if (!message) throw new AppError("NOT_FOUND", "Bericht niet gevonden");
  return message;
}
