import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importFile } from "@/features/imports/import-file.server";
import { getImport, listImports } from "@/features/imports/imports.server";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resetDatabase } from "../../support/db";

const fixture = path.resolve(
  import.meta.dirname,
  "../../fixtures/bank-files/rabobank-camt053-001-08-batch-returns.xml",
);

describe("import history (listImports, getImport)", () => {
  beforeEach(resetDatabase);

  it("lists imports newest first with who imported them, and shows a refused one with its reason", async () => {
    const user = await db.user.create({
      data: { email: "c@example.nl", name: "Carla Controller", role: "CONTROLLER", passwordHash: "x" },
    });
    const ok = await importFile({
      fileName: "rabo.xml",
      data: readFileSync(fixture),
      actor: { userId: user.id },
    });
    const err = await importFile({ fileName: "kapot.xml", data: Buffer.from("<Document>"), actor: {} }).catch(
      (e: unknown) => e as AppError,
    );
    expect(err).toBeInstanceOf(AppError);

    const { rows, total } = await listImports();
    expect(total).toBe(2);
    expect(rows.map((r) => r.fileName)).toEqual(["kapot.xml", "rabo.xml"]);
    expect(rows[0]).toMatchObject({ status: "FAILED", createdBy: null, apiKey: null });
    expect(rows[0]?.firstError).toBeTruthy();
    expect(rows[1]).toMatchObject({
      status: "COMPLETED",
      formatName: "camt.053.001.08",
      createdBy: { id: user.id, name: "Carla Controller" },
      reversalsCreated: ok.reversals.created,
    });
    expect((await listImports({ page: 2, pageSize: 1 })).rows.map((r) => r.fileName)).toEqual(["rabo.xml"]);

    const detail = await getImport(ok.importId);
    expect(detail?.reversalsTotal).toBe(ok.reversals.created);
    expect(detail?.reversals).toHaveLength(ok.reversals.created);
    const first = detail?.reversals[0];
    expect(first?.caseNumber).toBeGreaterThan(0);
    expect(first?.debtorName).toBeTruthy();
    expect(Number.isInteger(first?.amountCents)).toBe(true);
    expect(detail?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(detail?.details.cap).toBe(500);

    const failed = await getImport((err as AppError & { details: { importId: string } }).details.importId);
    expect(failed?.status).toBe("FAILED");
    expect(failed?.refused).toMatchObject({ code: "INVALID", bankFileCode: expect.any(String) });
    expect(failed?.reversals).toEqual([]);
  });

  it("getImport answers null for an unknown or malformed id", async () => {
    expect(await getImport("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getImport("not-an-id")).toBeNull();
  });
});

describe("import history counts", () => {
  beforeEach(resetDatabase);

  it("reports the exact number of rejected rows even when the stored list is capped", async () => {
    const header = "Kenmerk;Bedrag;Redencode;Boekdatum";
    const bad = Array.from({ length: 620 }, (_, i) => `BAD-${i};geen bedrag;AM04;01-12-2026`);
    const csv = [header, "GOOD-1;12,50;AM04;01-12-2026", ...bad].join("\n");
    const summary = await importFile({
      fileName: "veel-fouten.csv",
      data: Buffer.from(csv),
      csvMapping: {
        kind: "reversals",
        columns: { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 3 },
      },
      actor: {},
    });
    expect(summary.reversals.created).toBe(1);
    const { rows } = await listImports();
    expect(rows[0]?.errorCount).toBe(620);
    const detail = await getImport(summary.importId);
    expect(detail?.errorCount).toBe(620);
    expect(detail?.details.rejected.length).toBeLessThanOrEqual(500);
  });
});
