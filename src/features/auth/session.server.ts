import "server-only";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authOptions } from "./auth-options";
import { can, type Permission, type Role } from "./roles";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
}

// The session only says who signed in; the database says whether they still may (deactivated, role changed).
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});

/** For pages: no session → sign-in page; wrong role → the forbidden page. */
export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/inloggen");
  if (permission && !can(user.role, permission)) redirect("/geen-toegang");
  return user;
}

/** For actions and route handlers: throws AppError that the caller turns into 401/403. */
export async function requireUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Niet ingelogd");
  if (permission && !can(user.role, permission)) throw new AppError("FORBIDDEN", "Geen toegang");
  return user;
}
