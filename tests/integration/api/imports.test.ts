import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

// A small upload limit for this file only (env is read once per test file's module graph).
vi.hoisted(() => {
  process.env.IMPORT_MAX_BYTES = "50000";
});

import { POST } from "@/app/api/v1/imports/route";
import { revokeApiKey } from "@/features/api-keys/api-keys.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { BASE, newKey, readJson } from "./helpers";

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };
const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/bank-files", name));

function upload(
  key: string | null,
  parts: [string, string | Blob, string?][],
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [name, value, fileName] of parts) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, fileName);
  }
  return new Request(`${BASE}/imports`, {
    method: "POST",
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: form,
  });
}

const CSV_NO_HEADERS = "a;b;c;d\nE2E-API-1;12,50;MD06;03-12-2026\n";
const MAPPING = JSON.stringify({
  kind: "reversals",
  columns: { endToEndId: 0, amount: 1, reasonCode: 2, bookingDate: 3 },
});

describe("POST /api/v1/imports", () => {
  beforeEach(resetDatabase);

  it("streams a bank file into the import pipeline and answers 201 with the summary", async () => {
    const { id, key } = await newKey();
    const file = new Blob([fixture("rabobank-camt053-001-08-batch-returns.xml")]);
    const res = await POST(upload(key, [["file", file, "rabo.xml"]]));
    const body = await readJson<Record<string, unknown>>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(Object.keys(body).sort()).toEqual(
      ["collections", "errors", "format", "importId", "reversals", "skipped"].sort(),
    );
    expect((body.reversals as { created: number }).created).toBeGreaterThan(0);
    const row = await db.import.findUniqueOrThrow({ where: { id: body.importId as string } });
    expect(row.viaApiKeyId).toBe(id);
    expect(row.status).toBe("COMPLETED");
    // The same file again: everything is a duplicate.
    const again = await readJson<{ reversals: { created: number; duplicates: number } }>(
      await POST(upload(key, [["file", file, "rabo.xml"]])),
    );
    expect(again.reversals.created).toBe(0);
    expect(again.reversals.duplicates).toBe((body.reversals as { created: number }).created);
  });

  it("takes the CSV mapping field before the file, and also after it (spooled)", async () => {
    const { key } = await newKey();
    const csv = new Blob([CSV_NO_HEADERS]);
    const before = await POST(
      upload(key, [
        ["mapping", MAPPING],
        ["file", csv, "storno.csv"],
      ]),
    );
    expect(before.status).toBe(201);
    expect((await readJson<{ reversals: { created: number } }>(before)).reversals.created).toBe(1);
    await resetDatabase();
    const { key: key2 } = await newKey();
    const after = await POST(
      upload(key2, [
        ["file", csv, "storno.csv"],
        ["mapping", MAPPING],
      ]),
    );
    expect(after.status).toBe(201);
    expect((await readJson<{ reversals: { created: number } }>(after)).reversals.created).toBe(1);
  });

  it("refuses a file the pipeline refuses with 422 and the failed import's id", async () => {
    const { key } = await newKey();
    const res = await POST(upload(key, [["file", new Blob(["this is not a bank file"]), "x.xml"]]));
    expect(res.status).toBe(422);
    const body = await readJson<ErrorBody>(res);
    expect(body.error.code).toBe("INVALID");
    expect(body.error.details?.importId).toEqual(expect.any(String));
    // A CSV without headers and without mapping: refused, asking for a mapping.
    const csv = await POST(upload(key, [["file", new Blob([CSV_NO_HEADERS]), "x.csv"]]));
    expect(csv.status).toBe(422);
  });

  it("answers 422 without the file field, for a malformed mapping and for a non-multipart body", async () => {
    const { key } = await newKey();
    const noFile = await POST(upload(key, [["mapping", MAPPING]]));
    expect(noFile.status).toBe(422);
    expect((await readJson<ErrorBody>(noFile)).error.details?.issues).toEqual([
      { path: "file", message: "Verplicht" },
    ]);
    const wrongField = await POST(upload(key, [["upload", new Blob(["x"]), "a.xml"]]));
    expect(wrongField.status).toBe(422);
    const badMapping = await POST(
      upload(key, [
        ["mapping", "{not json"],
        ["file", new Blob([CSV_NO_HEADERS]), "x.csv"],
      ]),
    );
    expect(badMapping.status).toBe(422);
    expect((await readJson<ErrorBody>(badMapping)).error.message).toContain("mapping");
    const json = await POST(
      new Request(`${BASE}/imports`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(json.status).toBe(422);
    expect(await db.import.count({ where: { status: "COMPLETED" } })).toBe(0);
  });

  it("answers 413 TOO_LARGE for a file over IMPORT_MAX_BYTES, streamed or declared", async () => {
    const { key } = await newKey();
    const big = new Blob([`<?xml version="1.0"?>${"<a>".repeat(20_000)}`]); // 60 kB > 50 kB
    const res = await POST(upload(key, [["file", big, "big.xml"]]));
    expect(res.status).toBe(413);
    expect((await readJson<ErrorBody>(res)).error.code).toBe("TOO_LARGE");
    // A CSV over the limit that arrives before its mapping is spooled, and refused the same way.
    const bigCsv = new Blob([`a;b;c;d\n${"E2E;1,00;MD06;03-12-2026\n".repeat(3000)}`]);
    const spooled = await POST(
      upload(key, [
        ["file", bigCsv, "big.csv"],
        ["mapping", MAPPING],
      ]),
    );
    expect(spooled.status).toBe(413);
    // A declared Content-Length far over the limit is refused before reading the body.
    const declared = await POST(
      new Request(`${BASE}/imports`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(10 * 1024 * 1024),
        },
        body: "--x--",
      }),
    );
    expect(declared.status).toBe(413);
  });

  // Without a key this route asks next-auth for the session, which needs a Next request context; that
  // path is tested with an injected user in auth.test.ts ("session path") and end to end in e2e.
  it("answers 401 for a wrong key and 403 for a revoked one, importing nothing", async () => {
    const file = new Blob([fixture("rabobank-camt053-001-08-batch-returns.xml")]);
    const wrong = await POST(upload(`sd_live_000000000000_${"0".repeat(48)}`, [["file", file, "rabo.xml"]]));
    expect(wrong.status).toBe(401);
    const { id, key } = await newKey();
    await revokeApiKey(id);
    const revoked = await POST(upload(key, [["file", file, "rabo.xml"]]));
    expect(revoked.status).toBe(403);
    expect(await db.import.count()).toBe(0);
  });
});
