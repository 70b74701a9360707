import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { can } from "@/features/auth/roles";
import { requirePageUser } from "@/features/auth/session.server";
import { getCaseDetail } from "@/features/cases/case-detail.server";
import { CaseDetailView } from "@/features/cases/components/case-detail-view";

// Static on purpose: metadata resolves before the page's permission check.
export const metadata: Metadata = { title: "Dossier" };

type Params = { params: Promise<{ id: string }> };

export default async function CasePage({ params }: Params) {
  const user = await requirePageUser("cases:view");
  const { id } = await params;
  const [detail, locale] = await Promise.all([getCaseDetail(id), getLocale()]);
  if (!detail) notFound();
  return (
    <CaseDetailView
      detail={detail}
      lang={locale === "en" ? "en" : "nl"}
      canWork={can(user.role, "cases:work")}
    />
  );
}
