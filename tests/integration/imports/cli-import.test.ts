import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { ImportSummary } from "@/features/imports/import-file.server";
import { db } from "@/lib/db/client";
import { cli } from "../../support/cli";
import { resetDatabase } from "../../support/db";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/bank-files");

describe("npm run cli -- import", () => {
  beforeEach(resetDatabase);

  it("--json prints the ImportSummary; a second run reports duplicates", async () => {
    const file = path.join(fixtures, "pain008-001-08-collections.xml");
    const out = await cli("import", file, "--json");
    expect(out.code).toBe(0);
    const summary = JSON.parse(out.stdout) as ImportSummary;
    expect(summary).toEqual({
      importId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      format: "pain.008.001.08",
      reversals: { created: 0, duplicates: 0 },
      collections: { created: 2, duplicates: 0 },
      skipped: 0,
      errors: [],
    });
    expect(await db.collection.count()).toBe(2);
    const again = await cli("import", file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Collections: 0 created, 2 duplicate");
  });

  it("a refused file exits 1 with the message and changes nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-import-"));
    const bad = path.join(dir, "bad.xml");
    await writeFile(bad, '<?xml version="1.0"?><Document xmlns="urn:example:other"><X/></Document>');
    const out = await cli("import", bad);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("Refused (INVALID)");
    expect(out.stderr).toContain("namespace");
    expect(await db.reversal.count()).toBe(0);
    expect(await db.import.findFirst({ where: { fileName: "bad.xml" } })).toMatchObject({ status: "FAILED" });
  });

  it("--mapping reads a CSV with columns the suggestions do not know", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-import-"));
    const csv = path.join(dir, "r.csv");
    const mapping = path.join(dir, "m.json");
    await writeFile(csv, "a;b;c;d\nE2E-1;10,00;AM04;01-12-2026\n");
    await writeFile(
      mapping,
      JSON.stringify({
        kind: "reversals",
        columns: { endToEndId: "a", amount: "b", reasonCode: "c", bookingDate: "d" },
      }),
    );
    const out = await cli("import", csv, "--mapping", mapping, "--json");
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as ImportSummary).reversals.created).toBe(1);
  });
});
