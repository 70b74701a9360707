import { describeReason, type ReversalKind } from "@/features/reasons";
import type { UiLocale } from "@/lib/money";

/** The reason code with its short meaning underneath (and in full as a tooltip) for list tables. */
export function ReasonCell({ code, kind, lang }: { code: string; kind: ReversalKind; lang: UiLocale }) {
  const reason = describeReason(code, kind);
  const meaning = reason.known
    ? reason.staff[lang]
    : lang === "en"
      ? "Unknown reason code"
      : "Onbekende redencode";
  return (
    <span title={meaning} className="block max-w-64">
      <span className="font-mono">{reason.code}</span>
      <span
        className={`block truncate text-xs ${reason.known ? "text-muted-foreground" : "text-warning-subtle-foreground"}`}
      >
        {meaning}
      </span>
    </span>
  );
}
