import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageUser } from "@/features/auth/session.server";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <NextIntlClientProvider>
      <AppShell user={user}>{children}</AppShell>
    </NextIntlClientProvider>
  );
}
