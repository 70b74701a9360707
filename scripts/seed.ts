import type { DemoSeedDecision } from "@/lib/db/bootstrap";

export interface SeedOutcome {
  demoUsers?: readonly { email: string; role: string }[];
}

/** Seeds the demo once, into an empty database, when the policy allows it. */
export async function seedDemoIfEmpty(opts: {
  decision: DemoSeedDecision;
  skip: boolean;
  log: (line: string) => void;
}): Promise<SeedOutcome> {
  const { db } = await import("@/lib/db/client");
  const { seedDemo, hasAnyData, DEMO_USERS } = await import("@/features/demo/seed-demo");
  if (await hasAnyData(db)) {
    const demo = await db.user.findFirst({ where: { email: DEMO_USERS[0].email } });
    return demo ? { demoUsers: DEMO_USERS } : {};
  }
  if (opts.skip) return {};
  if (!opts.decision.allowed) {
    opts.log(`${opts.decision.reason} Create a first user with: npm run cli -- user:create`);
    return {};
  }
  opts.log("Empty database: loading demo data…");
  const summary = await seedDemo(db);
  opts.log(
    `Demo data: ${summary.collections} collections, ${summary.reversals} reversals, ${summary.cases} cases, ${summary.tasks} tasks.`,
  );
  return { demoUsers: DEMO_USERS };
}
