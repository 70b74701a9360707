import { beforeEach, describe, expect, it } from "vitest";
import { createApiKey, listApiKeys, revokeApiKey } from "@/features/api-keys/api-keys.server";
import { createApiKeySchema } from "@/features/api-keys/schemas";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";

describe("API key service (behind the admin page's actions)", () => {
  beforeEach(resetDatabase);

  it("lists keys with their creator, active ones first, without the hash", async () => {
    const admin = await db.user.create({
      data: { email: "a@example.nl", name: "Anne Admin", role: "ADMIN", passwordHash: "x" },
    });
    const old = await createApiKey({ name: "Oud ERP", createdById: admin.id });
    await createApiKey({ name: "Nieuw ERP" });
    await revokeApiKey(old.id);
    const keys = await listApiKeys();
    expect(keys.map((k) => [k.name, k.revokedAt === null, k.createdBy?.name ?? null])).toEqual([
      ["Nieuw ERP", true, null],
      ["Oud ERP", false, "Anne Admin"],
    ]);
    expect(JSON.stringify(keys)).not.toContain("keyHash");
  });

  it("revoking twice keeps the first revocation time; an unknown key is NOT_FOUND", async () => {
    const { id } = await createApiKey({ name: "ERP" });
    const first = await revokeApiKey(id);
    const second = await revokeApiKey(id);
    expect(second.revokedAt).toEqual(first.revokedAt);
    await expect(revokeApiKey("6f1c2d3e-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the name must be 2–80 characters after trimming", () => {
    expect(createApiKeySchema.safeParse({ name: " x " }).success).toBe(false);
    expect(createApiKeySchema.safeParse({ name: "a".repeat(81) }).success).toBe(false);
    expect(createApiKeySchema.safeParse({}).success).toBe(false);
    expect(createApiKeySchema.parse({ name: "  Exact  " })).toEqual({ name: "Exact" });
  });
});
