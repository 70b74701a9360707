import { ShieldX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Geen toegang" };

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center p-4">
      <EmptyState
        icon={<ShieldX />}
        titleAs="h2"
        title={<span data-testid="forbidden">{t("title")}</span>}
        description={t("body")}
        action={
          <Button asChild>
            <Link href="/">{t("back")}</Link>
          </Button>
        }
      />
    </main>
  );
}
