import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/features/auth/password";
import { verifyCredentials } from "@/features/auth/sign-in.server";
import { getSignInWait, recordSignInFailure, requiredWaitMs } from "@/features/auth/throttle.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../support/db";

describe("sign-in", () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.user.create({
      data: {
        email: "jan@example.nl",
        name: "Jan",
        role: "AGENT",
        passwordHash: await hashPassword("juist-wachtwoord-1"),
      },
    });
  });

  it("accepts the right password, case-insensitive e-mail, and records the sign-in", async () => {
    const result = await verifyCredentials({ email: " Jan@Example.NL ", password: "juist-wachtwoord-1" });
    expect(result).toMatchObject({ ok: true, user: { email: "jan@example.nl", role: "AGENT" } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "jan@example.nl" } });
    expect(user.lastSignedInAt).toBeInstanceOf(Date);
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const wrong = await verifyCredentials({ email: "jan@example.nl", password: "fout" });
    const unknown = await verifyCredentials({ email: "nobody@example.nl", password: "fout" });
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses malformed input without touching the database", async () => {
    expect(await verifyCredentials({ email: "geen-email", password: "x" })).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect(await verifyCredentials({ email: "jan@example.nl" })).toEqual({ ok: false, reason: "INVALID" });
    expect(await db.signInThrottle.count()).toBe(0);
  });

  it("refuses a deactivated user with the same message", async () => {
    await db.user.update({ where: { email: "jan@example.nl" }, data: { active: false } });
    expect(await verifyCredentials({ email: "jan@example.nl", password: "juist-wachtwoord-1" })).toEqual({
      ok: false,
      reason: "INVALID",
    });
  });

  it("slows down repeated failures, even with the right password, and forgets after success", async () => {
    for (let i = 0; i < 3; i++) await verifyCredentials({ email: "jan@example.nl", password: `fout-${i}` });
    const throttled = await verifyCredentials({ email: "jan@example.nl", password: "juist-wachtwoord-1" });
    expect(throttled).toMatchObject({ ok: false, reason: "THROTTLED" });
    expect((throttled as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);

    // Once the wait has passed, the right password works and the counter is cleared.
    await db.signInThrottle.updateMany({ data: { lastFailureAt: new Date(Date.now() - 60_000) } });
    expect(
      await verifyCredentials({ email: "jan@example.nl", password: "juist-wachtwoord-1" }),
    ).toMatchObject({ ok: true });
    expect(await db.signInThrottle.count()).toBe(0);
  });

  it("waits grow exponentially and are capped", async () => {
    expect([0, 1, 2].map(requiredWaitMs)).toEqual([0, 0, 0]);
    expect(requiredWaitMs(3)).toBe(2_000);
    expect(requiredWaitMs(4)).toBe(4_000);
    expect(requiredWaitMs(50)).toBe(5 * 60_000);
    const now = new Date();
    for (let i = 0; i < 5; i++) await recordSignInFailure("x@example.nl", now);
    expect(await getSignInWait("X@example.nl", now)).toBe(8_000);
    // An old streak is forgotten.
    expect(await getSignInWait("x@example.nl", new Date(now.getTime() + 31 * 60_000))).toBe(0);
  });
});
