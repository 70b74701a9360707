import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { getCurrentUser } from "@/features/auth/session.server";

export const metadata: Metadata = { title: "Inloggen" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { error } = await searchParams;
  const t = await getTranslations("signIn");
  const tApp = await getTranslations("app");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 p-4">
      <div className="text-center">
        <p className="text-2xl font-semibold tracking-tight text-primary">{tApp("name")}</p>
        <p className="text-sm text-muted-foreground">{tApp("tagline")}</p>
      </div>
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle asChild>
            <h1>{t("title")}</h1>
          </CardTitle>
          <CardDescription>{t("intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          <NextIntlClientProvider>
            <SignInForm
              initialError={error ? (error.startsWith("THROTTLED") ? error : "INVALID") : undefined}
            />
          </NextIntlClientProvider>
        </CardContent>
      </Card>
      <LanguageSwitch />
    </main>
  );
}
