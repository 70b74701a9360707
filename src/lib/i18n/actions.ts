"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "./config";

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale")));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
