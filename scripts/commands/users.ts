import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { withDatabase } from "../with-database";

export function register(program: Command) {
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
}
