import type { Command } from "commander";
import { withDatabase } from "../with-database";

export function register(program: Command) {
  program
    .command("apikey:create")
    .description("create an API key for an ERP (prints the key once; only its hash is stored)")
    .requiredOption("--name <name>", "what the key is for, e.g. the ERP's name")
    .action((opts: { name: string }) =>
      withDatabase(async () => {
        const { createApiKey } = await import("@/features/api-keys/api-keys.server");
        const { createApiKeySchema } = await import("@/features/api-keys/schemas");
        const parsed = createApiKeySchema.safeParse(opts);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
          process.exitCode = 1;
          return;
        }
        const created = await createApiKey({ name: parsed.data.name });
        console.log(`Created API key "${created.name}" (${created.prefix})`);
        console.log(`Key: ${created.key}`);
        console.log("Store it now: it is shown only once.");
      }),
    );
}
