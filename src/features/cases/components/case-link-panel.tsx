import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { type LinkState, listResponseLinks } from "@/features/responses/links.server";
import { formatDateTime } from "@/lib/dates";
import { toLocale } from "@/lib/i18n/config";
import { CreateLinkButton, RevokeLinkButton } from "./case-link-panel-client";

const STATE_BADGE: Record<LinkState, "success" | "info" | "muted" | "destructive"> = {
  active: "success",
  submitted: "info",
  expired: "muted",
  revoked: "destructive",
};

/**
 * Staff panel on the case page: make a response link (shown once, with a copy button), see each
 * link's state and openings, revoke a live one. Mount as `<CaseLinkPanel caseId={case.id} canWork={…} />`.
 */
export async function CaseLinkPanel({ caseId, canWork = true }: { caseId: string; canWork?: boolean }) {
  const [t, locale, links] = await Promise.all([
    getTranslations("responses.panel"),
    getLocale().then(toLocale),
    listResponseLinks(caseId),
  ]);
  return (
    <Card data-testid="case-link-panel">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <div className="grid gap-4 px-6 pb-6">
        {canWork ? (
          <CreateLinkButton
            caseId={caseId}
            labels={{
              create: t("create"),
              creating: t("creating"),
              created: t("created"),
              copy: t("copy"),
              copied: t("copied"),
              urlLabel: t("urlLabel"),
            }}
          />
        ) : null}
        {links.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          <Table label={t("title")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("createdAt")}</TableHead>
                <TableHead>{t("expiresAt")}</TableHead>
                <TableHead>{t("opened")}</TableHead>
                <TableHead>{t("state")}</TableHead>
                {canWork ? (
                  <TableHead>
                    <span className="sr-only">{t("actions")}</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {links.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{formatDateTime(l.createdAt, locale)}</TableCell>
                  <TableCell>{formatDateTime(l.expiresAt, locale)}</TableCell>
                  <TableCell>
                    {t("openedTimes", { count: l.openCount })}
                    {l.lastOpenedAt ? (
                      <span className="block text-xs text-muted-foreground">
                        {formatDateTime(l.lastOpenedAt, locale)}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Badge variant={STATE_BADGE[l.state]}>{t(`states.${l.state}`)}</Badge>
                  </TableCell>
                  {canWork ? (
                    <TableCell className="text-right">
                      {l.state === "active" ? (
                        <RevokeLinkButton
                          linkId={l.id}
                          label={t("revoke")}
                          ariaLabel={t("revokeLabel", { date: formatDateTime(l.createdAt, locale) })}
                        />
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </Card>
  );
}
