import type { Command } from "commander";
import { withDatabase } from "../with-database";

export function register(program: Command) {
  program
    .command("db:migrate")
    .description("apply pending migrations")
    .action(async () => {
      const { prepareDatabase } = await import("@/lib/db/bootstrap");
      const database = await prepareDatabase((l) => console.error(l));
      console.log(
        database.applied.length ? `Applied: ${database.applied.join(", ")}` : "Database is up to date.",
      );
      await database.stop();
    });

  program
    .command("seed:demo")
    .description("load the demo data into an empty database")
    .action(() =>
      withDatabase(async ({ embedded }) => {
        const { env } = await import("@/lib/env");
        const { decideDemoSeed } = await import("@/lib/db/bootstrap");
        const { seedDemoIfEmpty } = await import("../seed");
        const decision = decideDemoSeed({
          nodeEnv: env.NODE_ENV,
          embedded,
          explicitlyAllowed: env.ALLOW_DEMO_SEED,
        });
        if (!decision.allowed) {
          console.error(decision.reason);
          process.exitCode = 1;
          return;
        }
        const outcome = await seedDemoIfEmpty({ decision, skip: false, log: (l) => console.log(l) });
        if (!outcome.demoUsers) console.log("The database already has data; nothing seeded.");
      }),
    );
}
