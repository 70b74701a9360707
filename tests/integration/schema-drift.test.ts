import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { findSchemaDrift } from "../support/schema-drift";
import { scratchDatabase } from "../support/scratch-database";

const scratch = scratchDatabase("stornodesk_drift");

describe("schema.prisma and the migrations agree", () => {
  beforeAll(scratch.create);
  afterAll(scratch.drop);

  it("finds no drift in the migrated test database", async () => {
    expect(await findSchemaDrift(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("catches a hand-written migration that drifts from the schema", async () => {
    // The real migrations plus one that quietly changes what the schema promises.
    const dir = await mkdtemp(path.join(tmpdir(), "drift-"));
    await cp(path.resolve("prisma/migrations"), dir, { recursive: true });
    await mkdir(path.join(dir, "29991231000000_broken"));
    await writeFile(
      path.join(dir, "29991231000000_broken", "migration.sql"),
      [
        `ALTER TABLE "Debtor" ALTER COLUMN "name" DROP NOT NULL;`,
        `DROP INDEX "Reversal_reasonCode_idx";`,
        `DROP INDEX "Reversal_dedupeKey_key";`,
        `ALTER TABLE "Case" ADD COLUMN "note" TEXT;`,
        `ALTER TABLE "Message" ALTER COLUMN "attempts" TYPE BIGINT;`,
        `ALTER TYPE "CaseStatus" ADD VALUE 'ARCHIVED';`,
      ].join("\n"),
    );
    await migrateDatabase(scratch.url, { dir });
    const drift = await findSchemaDrift(scratch.url);
    expect(drift).toEqual(
      [
        "column Case.note exists in the database but not in the schema",
        "column Debtor.name is nullable, schema says required",
        "column Message.attempts is bigint, schema says integer",
        "enum CaseStatus has values [NEW,INVITED,OPENED,RESPONDED,IN_PROGRESS,RESOLVED,CLOSED,ARCHIVED], schema says [NEW,INVITED,OPENED,RESPONDED,IN_PROGRESS,RESOLVED,CLOSED]",
        "index Reversal(reasonCode) is missing",
        "unique index Reversal(dedupeKey) is missing",
      ].sort(),
    );
  });
});
