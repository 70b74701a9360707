import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/features/auth/password";
import { db } from "@/lib/db/client";
import { cli } from "../support/cli";
import { resetDatabase } from "../support/db";

describe("npm run cli", () => {
  beforeEach(resetDatabase);

  it("user:create makes a user who can sign in with the printed password", async () => {
    const out = await cli(
      "user:create",
      "--email",
      "Piet@Example.nl",
      "--name",
      "Piet Pieters",
      "--role",
      "agent",
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Created AGENT piet@example.nl");
    const password = /Password: (\S+)/.exec(out.stdout)?.[1];
    const user = await db.user.findUniqueOrThrow({ where: { email: "piet@example.nl" } });
    expect(user.role).toBe("AGENT");
    expect(await verifyPassword(password!, user.passwordHash)).toBe(true);
  });

  it("user:create refuses an unknown role, a short password and a taken e-mail, and changes nothing", async () => {
    const badRole = await cli("user:create", "--email", "a@example.nl", "--name", "An", "--role", "BOSS");
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("role");
    const shortPassword = await cli(
      "user:create",
      "--email",
      "a@example.nl",
      "--name",
      "An",
      "--role",
      "ADMIN",
      "--password",
      "kort",
    );
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain("Minimaal 12 tekens");
    expect(await db.user.count()).toBe(0);

    await cli("user:create", "--email", "a@example.nl", "--name", "An", "--role", "ADMIN");
    const taken = await cli("user:create", "--email", "a@example.nl", "--name", "Ander", "--role", "AGENT");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("Er bestaat al een gebruiker");
    expect(await db.user.count()).toBe(1);
  });

  it("db:migrate reports an up-to-date database", async () => {
    const out = await cli("db:migrate");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Database is up to date.");
  });
});
