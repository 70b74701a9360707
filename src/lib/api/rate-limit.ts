import "server-only";
import { db } from "@/lib/db/client";

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in PostgreSQL, so every app instance counts against the same limit. One upsert
 * per request: a new window resets the row; the database clock decides the window, not the instance's.
 */
export async function consumeRateLimit(
  key: string,
  limit: number,
  windowSeconds = 60,
): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; retryAfter: number }[]>`
    WITH w AS (
      SELECT to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}::int) * ${windowSeconds}::int) AS start
    )
    INSERT INTO "ApiRateLimit" ("key", "windowStart", "count")
    SELECT ${key}, w.start, 1 FROM w
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "ApiRateLimit"."windowStart" = EXCLUDED."windowStart"
                     THEN "ApiRateLimit"."count" + 1 ELSE 1 END,
      "windowStart" = EXCLUDED."windowStart"
    RETURNING "count",
      ceil(extract(epoch FROM ("windowStart" + make_interval(secs => ${windowSeconds}::int) - now())))::int AS "retryAfter"`;
  const row = rows[0];
  const count = row?.count ?? 1;
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, row?.retryAfter ?? windowSeconds),
  };
}
