import { getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/features/cases/case-detail.server";
import { KNOWN_EVENT_TYPES } from "@/features/cases/messages";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatMoney, type UiLocale } from "@/lib/money";

type Event = CaseDetail["events"][number];

function str(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The case's events, newest first, with a Dutch (or English) label and a short detail line. */
export async function CaseTimeline({
  events,
  currency,
  lang,
}: {
  events: Event[];
  currency: string;
  lang: UiLocale;
}) {
  const [t, tEvent, tLabels] = await Promise.all([
    getTranslations("caseDetail"),
    getTranslations("caseEvent"),
    getTranslations("caseLabels"),
  ]);

  const detail = (e: Event): string | undefined => {
    const data =
      e.data && typeof e.data === "object" && !Array.isArray(e.data)
        ? (e.data as Record<string, unknown>)
        : {};
    const parts: string[] = [];
    const channel = str(data, "channel");
    if (channel && ["EMAIL", "SMS", "VOICE", "WEB"].includes(channel))
      parts.push(tLabels(`channel.${channel as "EMAIL"}`));
    const reason = str(data, "reason");
    if (reason && tLabels.has(`answerReason.${reason}`))
      parts.push(tLabels(`answerReason.${reason as "other"}`));
    if (typeof data.amountCents === "number") parts.push(formatMoney(data.amountCents, currency, lang));
    const date = str(data, "requestedFor");
    if (date) parts.push(formatDate(date, lang));
    const outcome = str(data, "outcome");
    if (outcome && tLabels.has(`outcome.${outcome}`)) parts.push(tLabels(`outcome.${outcome as "PAID"}`));
    const code = str(data, "reasonCode");
    if (code) parts.push(code);
    const text = str(data, "text") ?? str(data, "error");
    if (text) parts.push(text);
    return parts.length ? parts.join(" · ") : undefined;
  };

  if (events.length === 0) return <p className="text-sm text-muted-foreground">{t("noEvents")}</p>;
  return (
    <ol className="relative grid gap-5 border-l border-border pl-6" data-testid="timeline">
      {events.map((e) => {
        const label = KNOWN_EVENT_TYPES.has(e.type) ? tEvent(e.type as "case.opened") : e.type;
        const who =
          e.actor?.name ??
          t(`actor${e.actorType === "USER" || e.actorType === "CONSUMER" ? e.actorType : "SYSTEM"}`);
        const extra = detail(e);
        return (
          <li key={e.id} className="relative" data-event-type={e.type}>
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[1.72rem] size-2.5 rounded-full ring-4 ring-card ${
                e.type.endsWith("failed") || e.type === "reason_code.unknown"
                  ? "bg-destructive"
                  : e.actorType === "CONSUMER"
                    ? "bg-primary"
                    : "bg-muted-foreground"
              }`}
            />
            <p className="text-sm font-medium text-foreground">{label}</p>
            {extra ? <p className="text-sm text-muted-foreground">{extra}</p> : null}
            <p className="mt-0.5 text-xs text-muted-foreground">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, lang)}</time> ·{" "}
              {t("by", { name: who })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
