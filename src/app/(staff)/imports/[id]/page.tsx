import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requirePageUser } from "@/features/auth/session.server";
import { ImportDetailView } from "@/features/imports/components/import-detail-view";
import { getImport } from "@/features/imports/imports.server";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("imports:manage");
  const { id } = await params;
  const [detail, locale] = await Promise.all([getImport(id), getLocale()]);
  if (!detail) notFound();
  return <ImportDetailView detail={detail} lang={locale === "en" ? "en" : "nl"} />;
}
