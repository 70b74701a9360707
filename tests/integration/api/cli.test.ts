import { beforeEach, describe, expect, it } from "vitest";
import { authenticateApiKey, hashApiKey } from "@/features/api-keys/api-keys.server";
import { db } from "@/lib/db/client";
import { cli } from "../../support/cli";
import { resetDatabase } from "../../support/db";

describe("npm run cli -- apikey:create", () => {
  beforeEach(resetDatabase);

  it("prints a working key once and stores only its hash", async () => {
    const out = await cli("apikey:create", "--name", "AFAS koppeling");
    expect(out.code).toBe(0);
    const key = /Key: (\S+)/.exec(out.stdout)?.[1];
    expect(key).toMatch(/^sd_live_[0-9a-f]{12}_[0-9a-f]{48}$/);
    const row = await db.apiKey.findFirstOrThrow();
    expect(row.name).toBe("AFAS koppeling");
    expect(row.keyHash).toBe(hashApiKey(key!));
    expect(row.createdById).toBeNull();
    expect((await authenticateApiKey(key)).id).toBe(row.id);
  });

  it("refuses a missing or too short name and creates nothing", async () => {
    const missing = await cli("apikey:create");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--name");
    const short = await cli("apikey:create", "--name", " x ");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("name");
    expect(await db.apiKey.count()).toBe(0);
  });
});
