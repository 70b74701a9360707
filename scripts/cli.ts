import "./load-env";
import { randomBytes } from "node:crypto";
import { Command } from "commander";

// `npm run cli -- <command>`: operations from the shell. Each command prepares the database first
// (embedded when DATABASE_URL is not set), exactly like `npm start`.
const program = new Command("stornodesk").description("Stornodesk operations");

async function withDatabase<T>(fn: (ctx: { embedded: boolean }) => Promise<T>): Promise<T> {
  const { prepareDatabase } = await import("@/lib/db/bootstrap");
  const database = await prepareDatabase((l) => console.error(l));
  process.env.DATABASE_URL = database.url;
  try {
    return await fn({ embedded: database.embedded });
  } finally {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.stop();
  }
}

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
      const { seedDemoIfEmpty } = await import("./seed");
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

program
  .command("user:create")
  .description("create a user (prints a generated password when none is given)")
  .requiredOption("--email <email>")
  .requiredOption("--name <name>")
  .requiredOption("--role <role>", "ADMIN, CONTROLLER or AGENT")
  .option("--password <password>", "at least 12 characters")
  .action((opts: { email: string; name: string; role: string; password?: string }) =>
    withDatabase(async () => {
      const { createUser } = await import("@/features/users/users.server");
      const { createUserSchema } = await import("@/features/users/schemas");
      const password = opts.password ?? randomBytes(12).toString("base64url");
      const parsed = createUserSchema.safeParse({ ...opts, role: opts.role.toUpperCase(), password });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
        process.exitCode = 1;
        return;
      }
      try {
        const user = await createUser(parsed.data);
        console.log(`Created ${user.role} ${user.email}`);
        if (!opts.password) console.log(`Password: ${password}`);
      } catch (error) {
        console.error((error as Error).message);
        process.exitCode = 1;
      }
    }),
  );

await program.parseAsync(process.argv);
