import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/features/auth/session.server";
import { ImportUploader } from "@/features/imports/components/import-uploader";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  await requirePageUser("imports:manage");
  const [t, locale] = await Promise.all([getTranslations("imports"), getLocale()]);
  const lang = locale === "en" ? "en" : "nl";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ImportUploader maxBytes={env.IMPORT_MAX_BYTES} lang={lang} />
    </>
  );
}
