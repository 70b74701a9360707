import { SearchX } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export default async function ImportNotFound() {
  const t = await getTranslations("imports.detail");
  return (
    <>
      <PageHeader title={t("notFoundTitle")} />
      <EmptyState
        icon={<SearchX />}
        title="404"
        description={t("notFoundBody")}
        action={
          <Button asChild>
            <Link href="/imports">{t("back")}</Link>
          </Button>
        }
      />
    </>
  );
}
