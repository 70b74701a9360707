import "server-only";
import { hashPassword } from "@/features/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type CreateUserInput, createUserSchema } from "./schemas";

export async function createUser(input: CreateUserInput) {
  const data = createUserSchema.parse(input);
  const existing = await db.user.findUnique({ where: { email: data.email } });
  if (existing) throw new AppError("CONFLICT", `Er bestaat al een gebruiker met e-mailadres ${data.email}`);
  const user = await db.user.create({
    data: {
      email: data.email,
      name: data.name,
      role: data.role,
      locale: data.locale,
      passwordHash: await hashPassword(data.password),
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastSignedInAt: true },
  });
}

export async function setUserActive(userId: string, active: boolean, actingUserId: string) {
  if (userId === actingUserId && !active) throw new AppError("CONFLICT", "Je kunt jezelf niet deactiveren");
  const user = await db.user.update({ where: { id: userId }, data: { active } }).catch(() => null);
  if (!user) throw new AppError("NOT_FOUND", "Gebruiker niet gevonden");
  return { id: user.id, active: user.active };
}
