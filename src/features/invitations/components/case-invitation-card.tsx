import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SendInvitationButtons } from "./send-invitation-buttons";

/** "Uitnodiging versturen" on the case page: which channels can reach this debtor, and the buttons. */
export async function CaseInvitationCard(props: {
  caseId: string;
  closed: boolean;
  email: string | null;
  phone: string | null;
}) {
  const t = await getTranslations("invitations.control");
  const hasEmail = Boolean(props.email?.trim());
  const hasPhone = Boolean(props.phone?.trim());
  return (
    <Card data-testid="case-invitation">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {props.closed ? (
          <p className="text-sm text-muted-foreground">{t("closed")}</p>
        ) : !hasEmail && !hasPhone ? (
          <p className="text-sm text-muted-foreground">{t("unreachable")}</p>
        ) : (
          <SendInvitationButtons caseId={props.caseId} hasEmail={hasEmail} hasPhone={hasPhone} />
        )}
      </CardContent>
    </Card>
  );
}
