import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageUser } from "@/features/auth/session.server";
import { OrganisationSettingsForm } from "@/features/settings/components/organisation-settings-form";
import { getOrganisationSettings } from "@/features/settings/settings.server";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { UserActiveToggle } from "@/features/users/components/user-active-toggle";
import { listUsers } from "@/features/users/users.server";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Instellingen" };

export default async function SettingsPage() {
  const me = await requirePageUser("settings:manage");
  const [t, tKeys, tRoles, locale, settings, users] = await Promise.all([
    getTranslations("settings"),
    getTranslations("apiKeys"),
    getTranslations("roles"),
    getLocale(),
    getOrganisationSettings(),
    listUsers(),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  const s = settings as Record<string, unknown>;
  const text = (k: string) => (typeof s[k] === "string" ? (s[k] as string) : "");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("organisation")}</CardTitle>
          </CardHeader>
          <CardContent>
            <OrganisationSettingsForm
              initial={{
                creditorName: text("creditorName"),
                creditorId: text("creditorId"),
                iban: text("iban"),
                bic: text("bic"),
                senderEmail: text("senderEmail"),
                supportEmail: text("supportEmail"),
                smsSender: text("smsSender"),
                supportPhone: text("supportPhone"),
                brandColor: text("brandColor") || "#0f766e",
              }}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{tKeys("title")}</CardTitle>
            <CardDescription>{tKeys("description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Button asChild variant="outline">
              <Link href="/instellingen/api-sleutels">
                <KeyRound aria-hidden="true" className="size-4" />
                {tKeys("title")}
              </Link>
            </Button>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("users")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            <Table label={t("users")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("name")}</TableHead>
                  <TableHead>{t("email")}</TableHead>
                  <TableHead>{t("role")}</TableHead>
                  <TableHead>{t("lastSignIn")}</TableHead>
                  <TableHead>{t("active")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {users.map((u) => (
                  <TableRow key={u.id} data-user={u.email}>
                    <TableCell>{u.name}</TableCell>
                    <TableCell>{u.email}</TableCell>
                    <TableCell>
                      <Badge variant="outline">{tRoles(u.role)}</Badge>
                    </TableCell>
                    <TableCell>
                      {u.lastSignedInAt ? formatDateTime(u.lastSignedInAt, lang) : t("never")}
                    </TableCell>
                    <TableCell>
                      <UserActiveToggle userId={u.id} active={u.active} disabled={u.id === me.id} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <section aria-labelledby="add-user">
              <h3 id="add-user" className="mb-3 font-semibold">
                {t("addUser")}
              </h3>
              <CreateUserForm />
            </section>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
