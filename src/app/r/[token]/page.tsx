import type { Metadata } from "next";
import { headers } from "next/headers";
import { ConsumerRateLimitedPage, ConsumerResponsePage } from "@/features/responses/components/consumer-page";
import { allowConsumerRequest, loadConsumerPage, loadCreditor } from "@/features/responses/consumer.server";

// The token is in the URL: never cache, never index (headers for /r/* are in next.config.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stornodesk", robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ResponsePage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const lang = typeof query.lang === "string" ? query.lang : undefined;
  if (!(await allowConsumerRequest(await headers()))) {
    return <ConsumerRateLimitedPage creditor={await loadCreditor()} locale={lang === "en" ? "en" : "nl"} />;
  }
  const page = await loadConsumerPage(token, { lang });
  const other = page.locale === "nl" ? "en" : "nl";
  return (
    <ConsumerResponsePage
      page={page}
      token={token}
      switchHref={`/r/${encodeURIComponent(token)}?lang=${other}`}
      again={query.again === "1"}
    />
  );
}
