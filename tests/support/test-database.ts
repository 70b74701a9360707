import pg from "pg";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../../src/lib/db/embedded";
import { migrateDatabase } from "../../src/lib/db/migrate";

const EMBEDDED_URL = "postgresql://postgres:postgres@127.0.0.1:54339/postgres";

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function adminQuery(base: string, sql: string) {
  const u = new URL(base);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * Tests run against a real PostgreSQL: TEST_DATABASE_URL's server, or an embedded one of their own
 * (reused when another test run already started it). Each run gets a fresh database of its own.
 */
export async function createTestDatabase(
  prefix: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  let base = process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!base) {
    base = EMBEDDED_URL;
    if (!(await answers(base))) {
      embedded = await startEmbeddedPostgres({ dataDir: ".data/test-pg", port: 54339, database: "postgres" });
    }
  }
  const name = `${prefix}_${process.pid}`;
  await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(base, `CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  return {
    url: url.toString(),
    stop: async () => {
      await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await embedded?.stop();
    },
  };
}
