import pg from "pg";

/** A database of its own next to the test database, for tests that migrate or break one on purpose. */
export function scratchDatabase(prefix: string) {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `${prefix}_${process.pid}`;
  const url = new URL(base);
  url.pathname = `/${name}`;

  async function admin(sql: string) {
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

  return {
    url: url.toString(),
    create: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
