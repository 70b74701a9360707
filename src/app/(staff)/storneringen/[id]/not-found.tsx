import { SearchX } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export default async function CaseNotFound() {
  const t = await getTranslations("caseDetail");
  return (
    <>
      <PageHeader title={<span data-testid="case-not-found">{t("notFoundTitle")}</span>} />
      <EmptyState
        icon={<SearchX />}
        title="404"
        description={t("notFoundBody")}
        action={
          <Button asChild>
            <Link href="/storneringen">{t("back")}</Link>
          </Button>
        }
      />
    </>
  );
}
