import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { withDatabase } from "../with-database";

export function register(program: Command) {
  program
    .command("import <file>")
    .description(
      "import a bank file (camt.052/053/054, pain.002, pain.008) or a CSV of reversals or collections",
    )
    .option("--json", "print the import summary as JSON")
    .option(
      "--mapping <mapping.json>",
      "CSV column mapping (see csvMappingSchema); suggested from the headers if absent",
    )
    .action((file: string, opts: { json?: boolean; mapping?: string }) =>
      withDatabase(async () => {
        const { importFile } = await import("@/features/imports/import-file.server");
        const { AppError } = await import("@/lib/errors");
        const { closePgPool } = await import("@/lib/db/pg-pool");
        try {
          const size = (await stat(file)).size;
          const csvMapping = opts.mapping
            ? (JSON.parse(await readFile(opts.mapping, "utf8")) as unknown)
            : undefined;
          const summary = await importFile({
            fileName: path.basename(file),
            data: createReadStream(file, { highWaterMark: 256 * 1024 }),
            csvMapping,
            actor: {},
          });
          if (opts.json) {
            console.log(JSON.stringify(summary, null, 2));
            return;
          }
          console.log(
            `Import ${summary.importId}: ${path.basename(file)} (${summary.format}, ${size} bytes)`,
          );
          console.log(
            `Reversals:   ${summary.reversals.created} created, ${summary.reversals.duplicates} duplicate`,
          );
          console.log(
            `Collections: ${summary.collections.created} created, ${summary.collections.duplicates} duplicate`,
          );
          console.log(`Skipped:     ${summary.skipped}`);
          if (summary.errors.length > 0) {
            console.log(`Rejected rows: ${summary.errors.length}`);
            for (const e of summary.errors.slice(0, 50)) {
              const where =
                e.line !== undefined ? `line ${e.line}` : e.index !== undefined ? `#${e.index}` : "";
              console.log(`  ${where}: ${e.message}`);
            }
          }
        } catch (error) {
          process.exitCode = 1;
          if (error instanceof AppError) {
            const importId = (error.details as { importId?: string } | undefined)?.importId;
            if (opts.json) {
              console.log(
                JSON.stringify({ error: { code: error.code, message: error.message, importId } }, null, 2),
              );
            }
            console.error(`Refused (${error.code}): ${error.message}`);
            return;
          }
          console.error(error instanceof Error ? error.message : String(error));
        } finally {
          await closePgPool();
        }
      }),
    );
}
