import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/features/auth/session.server";
import { ImportHistory } from "@/features/imports/components/import-history";
import { ImportUploader } from "@/features/imports/components/import-uploader";
import { listImports } from "@/features/imports/imports.server";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Imports" };

const PAGE_SIZE = 20;
const querySchema = z.object({ page: z.coerce.number().int().positive().catch(1).default(1) });

export default async function ImportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  await requirePageUser("imports:manage");
  const { page } = querySchema.parse(await searchParams);
  const [t, locale, history] = await Promise.all([
    getTranslations("imports"),
    getLocale(),
    listImports({ page, pageSize: PAGE_SIZE }),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ImportUploader maxBytes={env.IMPORT_MAX_BYTES} lang={lang} />
      <ImportHistory rows={history.rows} total={history.total} page={page} pageSize={PAGE_SIZE} lang={lang} />
    </>
  );
}
