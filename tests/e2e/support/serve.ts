// Playwright's web server: a fresh database of its own, then the same start path as `npm start`.
import pg from "pg";
import { createTestDatabase } from "../../support/test-database";

// Earlier runs' databases stay behind (the server is killed, not asked to clean up). Drop those nobody is
// connected to; a concurrent run's database is in use, so plain DROP (without FORCE) leaves it alone.
async function dropStaleE2eDatabases() {
  if (!process.env.TEST_DATABASE_URL) return;
  const admin = new URL(process.env.TEST_DATABASE_URL);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'stornodesk\\_e2e\\_%'",
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}"`).catch(() => {});
  } finally {
    await client.end();
  }
}

await dropStaleE2eDatabases();
const { url } = await createTestDatabase("stornodesk_e2e");
process.env.DATABASE_URL = url;
process.env.PORT = process.env.E2E_PORT ?? "3100";
process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT}`;
process.env.NEXTAUTH_SECRET ||= "e2e-secret-that-is-long-enough-0123456789";
// The e2e database is a scratch database on a real server: demo data is what the tests sign in with.
process.env.ALLOW_DEMO_SEED = "true";
await import("../../../scripts/start");
