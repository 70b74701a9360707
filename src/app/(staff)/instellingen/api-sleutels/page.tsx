import { KeyRoundIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listApiKeys } from "@/features/api-keys/api-keys.server";
import { CreateApiKeyForm } from "@/features/api-keys/components/create-api-key-form";
import { RevokeApiKeyButton } from "@/features/api-keys/components/revoke-api-key-button";
import { requirePageUser } from "@/features/auth/session.server";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "API-sleutels" };

export default async function ApiKeysPage() {
  await requirePageUser("apikeys:manage");
  const [t, locale, keys] = await Promise.all([getTranslations("apiKeys"), getLocale(), listApiKeys()]);
  const lang = locale === "en" ? "en" : "nl";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        eyebrow={
          <Link href="/instellingen" className="underline underline-offset-4">
            {t("back")}
          </Link>
        }
        actions={
          <a href="/api/v1/openapi.json" className="text-sm text-primary underline underline-offset-4">
            {t("docs")}
          </a>
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("createTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <CreateApiKeyForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("listTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            {keys.length === 0 ? (
              <EmptyState icon={<KeyRoundIcon />} title={t("empty")} titleAs="h3" />
            ) : (
              <Table label={t("listTitle")}>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t("name")}</TableHead>
                    <TableHead>{t("prefix")}</TableHead>
                    <TableHead>{t("createdBy")}</TableHead>
                    <TableHead>{t("createdAt")}</TableHead>
                    <TableHead>{t("lastUsed")}</TableHead>
                    <TableHead>{t("status")}</TableHead>
                    <TableHead>
                      <span className="sr-only">{t("actions")}</span>
                    </TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {keys.map((k) => (
                    <TableRow key={k.id} data-api-key={k.name}>
                      <TableCell className="font-medium">{k.name}</TableCell>
                      <TableCell>
                        <code className="text-xs">sd_live_{k.prefix}_…</code>
                      </TableCell>
                      <TableCell>{k.createdBy?.name ?? t("system")}</TableCell>
                      <TableCell>{formatDateTime(k.createdAt, lang)}</TableCell>
                      <TableCell>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : t("never")}</TableCell>
                      <TableCell>
                        {k.revokedAt ? (
                          <Badge variant="muted">
                            {t("revoked", { date: formatDateTime(k.revokedAt, lang) })}
                          </Badge>
                        ) : (
                          <Badge variant="success">{t("active")}</Badge>
                        )}
                      </TableCell>
                      <TableCell className="text-right">
                        {k.revokedAt ? null : <RevokeApiKeyButton id={k.id} name={k.name} />}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
