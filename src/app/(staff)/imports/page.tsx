import { FileUp } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/features/auth/session.server";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  await requirePageUser("imports:manage");
  const t = await getTranslations("imports");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmptyState icon={<FileUp />} title={t("title")} description={t("empty")} />
    </>
  );
}
