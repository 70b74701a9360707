import "server-only";
import { db } from "@/lib/db/client";

// Failed sign-ins per e-mail address (known or not, so it says nothing about which exist).
// After FREE_FAILURES, each further attempt must wait twice as long as the one before, up to MAX_WAIT_MS.
const FREE_FAILURES = 3;
const BASE_WAIT_MS = 2_000;
const MAX_WAIT_MS = 5 * 60_000;
const FORGET_AFTER_MS = 30 * 60_000;

export function requiredWaitMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_WAIT_MS * 2 ** (failures - FREE_FAILURES), MAX_WAIT_MS);
}

function keyFor(email: string) {
  return `signin:${email.trim().toLowerCase()}`;
}

/** Milliseconds the caller still has to wait before another attempt is considered; 0 when free. */
export async function getSignInWait(email: string, now = new Date()): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key: keyFor(email) } });
  if (!row) return 0;
  const since = now.getTime() - row.lastFailureAt.getTime();
  if (since > FORGET_AFTER_MS) return 0;
  return Math.max(0, requiredWaitMs(row.failures) - since);
}

export async function recordSignInFailure(email: string, now = new Date()): Promise<void> {
  const key = keyFor(email);
  const row = await db.signInThrottle.findUnique({ where: { key } });
  const stale = row && now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS;
  await db.signInThrottle.upsert({
    where: { key },
    create: { key, failures: 1, lastFailureAt: now },
    update: { failures: stale ? 1 : { increment: 1 }, lastFailureAt: now },
  });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyFor(email) } });
}
