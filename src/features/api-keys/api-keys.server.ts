import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// `sd_live_<prefix>_<secret>`: the prefix (48 bits) names the key in lists and logs; the secret adds
// 192 bits, so a key carries 240 bits of randomness. Hex keeps `_` free as the separator.
const KEY_PATTERN = /^sd_live_([0-9a-f]{12})_([0-9a-f]{48})$/;
const LAST_USED_GRANULARITY_MS = 60_000;

export interface AuthenticatedApiKey {
  id: string;
  name: string;
  prefix: string;
}

/**
 * SHA-256 of the whole key. A fast hash is right here: the key is 240 random bits, not a password, so
 * there is nothing to brute-force and a slow KDF (bcrypt) would only slow every API request down.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function generateApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(24).toString("hex");
  return { key: `sd_live_${prefix}_${secret}`, prefix };
}

/** Creates a key; the plaintext is returned once and never stored. */
export async function createApiKey(input: { name: string; createdById?: string }) {
  const { key, prefix } = generateApiKey();
  const row = await db.apiKey.create({
    data: { name: input.name, prefix, keyHash: hashApiKey(key), createdById: input.createdById ?? null },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, key };
}

export async function listApiKeys() {
  return db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

export async function revokeApiKey(id: string) {
  const key = await db.apiKey.findUnique({ where: { id }, select: { id: true, revokedAt: true } });
  if (!key) throw new AppError("NOT_FOUND", "Sleutel niet gevonden");
  if (key.revokedAt) return { id, revokedAt: key.revokedAt };
  const updated = await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  return { id, revokedAt: updated.revokedAt };
}

/**
 * The key behind an `Authorization: Bearer …` value. Missing, malformed or unknown → UNAUTHORIZED;
 * revoked → FORBIDDEN (the caller is known but no longer let in).
 */
export async function authenticateApiKey(key: string | null | undefined): Promise<AuthenticatedApiKey> {
  if (!key) throw new AppError("UNAUTHORIZED", "API-sleutel ontbreekt (Authorization: Bearer <sleutel>)");
  if (!KEY_PATTERN.test(key)) throw new AppError("UNAUTHORIZED", "Ongeldige API-sleutel");
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, name: true, prefix: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row) throw new AppError("UNAUTHORIZED", "Ongeldige API-sleutel");
  if (row.revokedAt) throw new AppError("FORBIDDEN", "Deze API-sleutel is ingetrokken");
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    // At most one write a minute per key; the condition keeps concurrent requests from all writing.
    await db.$executeRaw`
      UPDATE "ApiKey" SET "lastUsedAt" = now()
      WHERE id = ${row.id}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`;
  }
  return { id: row.id, name: row.name, prefix: row.prefix };
}
