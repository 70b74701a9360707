import pg from "pg";
import { currentDatabaseUrl } from "@/lib/env";
import { logger } from "@/lib/logger";

// Raw pg for set-based bulk SQL (imports: unnest/COPY into staging tables) that Prisma cannot express
// efficiently. Same database as `db`; one small pool per process, created on first use.
const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (globalForPool.pgPool) return globalForPool.pgPool;
  const url = currentDatabaseUrl();
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client losing its server (restart, embedded server stopped) must not crash the process.
  pool.on("error", (err) => logger.warn({ err }, "idle PostgreSQL client error"));
  globalForPool.pgPool = pool;
  return pool;
}

/** Runs `fn` in one transaction on one connection; rolls back on any error. */
export async function withPgTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export async function closePgPool(): Promise<void> {
  const pool = globalForPool.pgPool;
  globalForPool.pgPool = undefined;
  await pool?.end();
}
