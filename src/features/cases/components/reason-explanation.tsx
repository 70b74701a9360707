import { CircleCheck, CircleHelp, OctagonAlert, TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DescribedReason, RetryPolicy } from "@/features/reasons";
import type { UiLocale } from "@/lib/money";

const RETRY = {
  allowed: { variant: "success", icon: CircleCheck, key: "retryAllowed" },
  "ask-first": { variant: "warning", icon: TriangleAlert, key: "retryAskFirst" },
  never: { variant: "destructive", icon: OctagonAlert, key: "retryNever" },
} as const satisfies Record<RetryPolicy, { variant: string; icon: unknown; key: string }>;

/**
 * What the bank's reason code means, in the UI language, with the retry advice as a callout so a
 * controller sees at once whether a new collection is allowed. Unknown codes are flagged, not guessed.
 */
export async function ReasonExplanation({
  reason,
  reasonInfo,
  kindLabel,
  lang,
}: {
  reason: DescribedReason;
  reasonInfo: string | null;
  kindLabel: string;
  lang: UiLocale;
}) {
  const t = await getTranslations("caseDetail");
  if (!reason.known) {
    return (
      <Card data-testid="reason" data-reason-code={reason.code}>
        <CardHeader>
          <CardTitle asChild>
            <h2 className="flex items-center gap-2">
              {t("reasonCode")}{" "}
              <Badge variant="outline" className="font-mono text-sm">
                {reason.code}
              </Badge>
            </h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Alert variant="warning" role="note" data-testid="reason-unknown">
            <CircleHelp aria-hidden="true" />
            <AlertTitle>{t("unknownReason")}</AlertTitle>
            <AlertDescription>{t("unknownReasonBody", { code: reason.code })}</AlertDescription>
          </Alert>
          {reasonInfo ? <ReasonInfo label={t("reasonInfo")} text={reasonInfo} /> : null}
        </CardContent>
      </Card>
    );
  }
  const retry = RETRY[reason.retry];
  const Icon = retry.icon;
  return (
    <Card data-testid="reason" data-reason-code={reason.code}>
      <CardHeader>
        <CardTitle asChild>
          <h2 className="flex flex-wrap items-center gap-2">{t("reasonTitle", { code: reason.code })}</h2>
        </CardTitle>
        <CardDescription className="font-mono text-xs">{reason.isoName}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <p className="text-base leading-relaxed text-foreground" data-testid="reason-staff">
          {reason.staff[lang]}
        </p>
        {reason.kindNote ? <p className="text-sm text-muted-foreground">{reason.kindNote[lang]}</p> : null}
        <Alert variant={retry.variant} role="note" data-testid="reason-retry" data-retry={reason.retry}>
          <Icon aria-hidden="true" />
          <AlertTitle>{t(retry.key)}</AlertTitle>
          <AlertDescription>{reason.advice[lang]}</AlertDescription>
        </Alert>
        {reason.expectedForKind ? null : (
          <p className="flex items-start gap-2 text-sm text-warning-subtle-foreground">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("unexpectedForKind", { kind: kindLabel.toLowerCase() })}
          </p>
        )}
        <div className="rounded-md bg-muted px-4 py-3 text-sm">
          <p className="font-medium text-foreground">{t("consumerSentence")}</p>
          <p className="mt-1 text-muted-foreground italic">“{reason.consumer[lang]}”</p>
        </div>
        {reasonInfo ? <ReasonInfo label={t("reasonInfo")} text={reasonInfo} /> : null}
      </CardContent>
    </Card>
  );
}

function ReasonInfo({ label, text }: { label: string; text: string }) {
  return (
    <div className="text-sm">
      <p className="text-muted-foreground">{label}</p>
      <p className="mt-0.5 font-mono text-[0.8125rem] text-foreground">{text}</p>
    </div>
  );
}
