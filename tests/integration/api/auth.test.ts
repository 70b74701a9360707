import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/reversals/route";
import { authenticateApiKey, hashApiKey, revokeApiKey } from "@/features/api-keys/api-keys.server";
import { apiRoute, authoriseSessionUser, resolveActor } from "@/lib/api/route";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resetDatabase } from "../../support/db";
import { BASE, newKey, readJson } from "./helpers";

type ErrorBody = { error: { code: string; message: string; details?: unknown } };

const get = (headers: Record<string, string> = {}) => GET(new Request(`${BASE}/reversals`, { headers }));

describe("API authentication", () => {
  beforeEach(resetDatabase);

  it("answers 401 UNAUTHORIZED without a key, with a garbled header and with an unknown key", async () => {
    const { key } = await newKey();
    const unknown = key.replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    const variants: Record<string, string>[] = [
      {},
      { authorization: "Bearer" },
      { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
      { authorization: "Bearer sd_live_nothex_zzz" },
      { authorization: `Bearer ${key.toUpperCase()}` },
      { authorization: `Bearer ${unknown}` },
      { authorization: `Bearer ${key} extra` },
    ];
    for (const headers of variants) {
      const res = await get(headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      const body = await readJson<ErrorBody>(res);
      expect(body.error.code).toBe("UNAUTHORIZED");
      expect(body.error.message).toBeTruthy();
    }
  });

  it("lets a valid key in and refuses it with 403 FORBIDDEN once revoked", async () => {
    const { id, key } = await newKey();
    expect((await get({ authorization: `Bearer ${key}` })).status).toBe(200);
    // The scheme is case-insensitive (RFC 7235).
    expect((await get({ authorization: `bearer ${key}` })).status).toBe(200);
    await revokeApiKey(id);
    const res = await get({ authorization: `Bearer ${key}` });
    expect(res.status).toBe(403);
    expect((await readJson<ErrorBody>(res)).error.code).toBe("FORBIDDEN");
  });

  it("stores only the SHA-256 of the key, never the key or its secret", async () => {
    const { id, key, prefix } = await newKey("Exact Online");
    expect(key).toMatch(/^sd_live_[0-9a-f]{12}_[0-9a-f]{48}$/);
    expect(key.startsWith(`sd_live_${prefix}_`)).toBe(true);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(await db.$queryRaw`SELECT * FROM "ApiKey"`);
    const secret = key.split("_")[3]!;
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(secret);
    // Two keys never share randomness.
    const other = await newKey();
    expect(other.key).not.toBe(key);
    expect(other.prefix).not.toBe(prefix);
  });

  it("updates lastUsedAt on use, at most once a minute", async () => {
    const { id, key } = await newKey();
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    await authenticateApiKey(key);
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticateApiKey(key);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
    await db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await authenticateApiKey(key);
    const later = (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt!;
    expect(Date.now() - later.getTime()).toBeLessThan(5_000);
  });
});

describe("session path (apiKeyOrSession)", () => {
  beforeEach(resetDatabase);
  const request = (headers: Record<string, string> = {}) =>
    new Request(`${BASE}/imports`, { method: "POST", headers });

  it("accepts a signed-in user with the permission when no Authorization header is sent", async () => {
    const actor = await resolveActor(request(), {
      auth: "apiKeyOrSession",
      permission: "imports:manage",
      sessionUser: async () => ({ id: "11111111-1111-4111-8111-111111111111", role: "CONTROLLER" }),
    });
    expect(actor).toEqual({
      kind: "user",
      user: { id: "11111111-1111-4111-8111-111111111111", role: "CONTROLLER" },
    });
  });

  it("refuses an agent (403) and no session (401)", async () => {
    expect(() => authoriseSessionUser({ id: "u", role: "AGENT" }, "imports:manage")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    await expect(
      resolveActor(request(), {
        auth: "apiKeyOrSession",
        permission: "imports:manage",
        sessionUser: async () => null,
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("never falls back to the session when a (bad) key is sent, nor on key-only routes", async () => {
    const admin = async () => ({ id: "u", role: "ADMIN" as const });
    await expect(
      resolveActor(request({ authorization: "Bearer wrong" }), {
        auth: "apiKeyOrSession",
        sessionUser: admin,
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(resolveActor(request(), { auth: "apiKey", sessionUser: admin })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("apiRoute", () => {
  beforeEach(resetDatabase);

  it("answers 429 RATE_LIMITED with Retry-After once a key passes its limit, per key", async () => {
    const route = apiRoute({
      auth: "apiKey",
      rateLimitPerMinute: 3,
      handler: async () => Response.json({ ok: true }),
    });
    const a = await newKey("A");
    const b = await newKey("B");
    const call = (key: string) =>
      route(new Request(`${BASE}/x`, { headers: { authorization: `Bearer ${key}` } }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(a.key)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(a.key);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await readJson<ErrorBody>(limited)).error.code).toBe("RATE_LIMITED");
    // Another key has its own budget.
    const ok = await call(b.key);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-remaining")).toBe("2");
    // The counter lives in PostgreSQL (shared by every app instance), one row per caller.
    const rows = await db.apiRateLimit.findMany({ orderBy: { count: "desc" } });
    expect(rows.map((r) => r.count)).toEqual([5, 1]);
  });

  it("starts counting afresh in a new window", async () => {
    const route = apiRoute({ auth: "apiKey", rateLimitPerMinute: 1, handler: async () => Response.json({}) });
    const { id, key } = await newKey();
    const call = () => route(new Request(`${BASE}/x`, { headers: { authorization: `Bearer ${key}` } }));
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(429);
    await db.apiRateLimit.update({
      where: { key: `apikey:${id}` },
      data: { windowStart: new Date(Date.now() - 120_000) },
    });
    expect((await call()).status).toBe(200);
  });

  it("maps AppError to its status and anything else to 500 INTERNAL without internals", async () => {
    const { key } = await newKey();
    const req = () => new Request(`${BASE}/x`, { headers: { authorization: `Bearer ${key}` } });
    const notFound = apiRoute({
      auth: "apiKey",
      handler: async () => {
        throw new AppError("NOT_FOUND", "Weg");
      },
    });
    const res = await notFound(req());
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "Weg" } });

    const crash = apiRoute({
      auth: "apiKey",
      handler: async () => {
        throw new Error("connection string postgres://secret@db");
      },
    });
    const boom = await crash(req());
    expect(boom.status).toBe(500);
    const text = await boom.text();
    expect(JSON.parse(text).error.code).toBe("INTERNAL");
    expect(text).not.toContain("secret");
  });
});
