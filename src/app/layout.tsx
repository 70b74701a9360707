import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stornodesk", template: "%s · Stornodesk" },
  description: "Van stornering naar betaling",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-background text-foreground antialiased">
        {/* No client-side translation provider here: the consumer pages under /r ship as little JS as possible.
            Staff layouts add NextIntlClientProvider themselves. */}
        {children}
      </body>
    </html>
  );
}
