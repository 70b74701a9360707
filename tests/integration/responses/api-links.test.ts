import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/cases/[id]/links/route";
import { createApiKey } from "@/features/api-keys/api-keys.server";
import { hashToken } from "@/features/responses/links.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { makeCase } from "./fixtures";

function post(id: string, key: string | null, body?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  return POST(new Request(`http://localhost/api/v1/cases/${id}/links`, { method: "POST", headers, body }), {
    params: Promise.resolve({ id }),
  });
}

describe("POST /api/v1/cases/{id}/links", () => {
  beforeEach(resetDatabase);

  it("returns { url, expiresAt } for an ERP and stores only the token's hash", async () => {
    const { key } = await createApiKey({ name: "ERP" });
    const { caseId } = await makeCase();
    const res = await post(caseId, key, JSON.stringify({ validityDays: 14 }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { url: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(["expiresAt", "url"]);
    const token = body.url.split("/r/")[1] ?? "";
    const row = await db.responseLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.expiresAt.toISOString()).toBe(body.expiresAt);
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(14);
    // An empty body means the default validity.
    expect((await post(caseId, key)).status).toBe(201);
  });

  it("answers 401 without a key, 404 for unknown or malformed ids, 422 for a bad body", async () => {
    const { key } = await createApiKey({ name: "ERP" });
    const { caseId } = await makeCase();
    expect((await post(caseId, null)).status).toBe(401);
    expect((await post("00000000-0000-4000-8000-000000000000", key)).status).toBe(404);
    expect((await post("not-a-uuid", key)).status).toBe(404);
    expect((await post(caseId, key, JSON.stringify({ validityDays: 0 }))).status).toBe(422);
    expect((await post(caseId, key, "{nope")).status).toBe(422);
    expect(await db.responseLink.count()).toBe(0);
  });
});
