import "server-only";
import { db } from "@/lib/db/client";

const PRIORITY_ORDER = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as const;

/** Open work first: by priority, then the earliest deadline. */
export async function listOpenTasks(opts: { assigneeId?: string } = {}) {
  const tasks = await db.task.findMany({
    where: {
      status: { in: ["OPEN", "IN_PROGRESS"] },
      ...(opts.assigneeId ? { assigneeId: opts.assigneeId } : {}),
    },
    orderBy: [{ dueAt: "asc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      type: true,
      status: true,
      priority: true,
      dueAt: true,
      assignee: { select: { name: true } },
      case: { select: { number: true } },
    },
  });
  return tasks.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}
