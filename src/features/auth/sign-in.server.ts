import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { verifyPassword } from "./password";
import type { Role } from "./roles";
import { clearSignInFailures, getSignInWait, recordSignInFailure } from "./throttle.server";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; locale: string } }
  | { ok: false; reason: "INVALID" | "THROTTLED"; retryAfterSeconds?: number };

// A real hash of a random password: comparing against it costs what a real check costs,
// so an unknown e-mail takes as long as a wrong password.
const DUMMY_HASH = "$2b$12$/py72csEfHPbnfen5PA.3e5xtVzMwxYJBu9BDqwsNWnHYSA2wZuMK";

export async function verifyCredentials(input: unknown): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;

  const wait = await getSignInWait(email);
  if (wait > 0) return { ok: false, reason: "THROTTLED", retryAfterSeconds: Math.ceil(wait / 1000) };

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || !user.active) {
    await recordSignInFailure(email);
    logger.info({ event: "signin.failed" }, "sign-in failed");
    return { ok: false, reason: "INVALID" };
  }
  await clearSignInFailures(email);
  await db.user.update({ where: { id: user.id }, data: { lastSignedInAt: new Date() } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale },
  };
}
