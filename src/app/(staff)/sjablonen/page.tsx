import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageUser } from "@/features/auth/session.server";
import { TemplateEditor } from "@/features/messaging/components/template-editor";
import { VARIABLE_NAMES } from "@/features/messaging/default-templates";
import { templateRefSchema } from "@/features/messaging/schemas";
import { getTemplate, listTemplates } from "@/features/messaging/templates.server";

export const metadata: Metadata = { title: "Sjablonen" };

export default async function TemplatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("templates:edit");
  const [t, tChannel, tTemplate, list] = await Promise.all([
    getTranslations("messaging.templates"),
    getTranslations("messaging.channel"),
    getTranslations("messaging.templateName"),
    listTemplates(),
  ]);
  const wanted = templateRefSchema.safeParse(await searchParams);
  const selected = wanted.success
    ? list.find(
        (x) =>
          x.key === wanted.data.key && x.channel === wanted.data.channel && x.locale === wanted.data.locale,
      )
    : undefined;
  const current = selected ? await getTemplate(selected.key, selected.channel, selected.locale) : undefined;
  const href = (x: { key: string; channel: string; locale: string }) =>
    `/sjablonen?key=${x.key}&channel=${x.channel}&locale=${x.locale}#editor`;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        {selected && current ? (
          <Card id="editor">
            <CardHeader>
              <CardTitle>
                {t("editing", {
                  template: tTemplate(selected.key),
                  channel: tChannel(selected.channel),
                  language: t(selected.locale),
                })}
              </CardTitle>
            </CardHeader>
            <CardContent>
              <TemplateEditor
                key={`${selected.key}-${selected.channel}-${selected.locale}-${current.version}`}
                templateKey={selected.key}
                channel={selected.channel}
                locale={selected.locale}
                initial={{
                  subject: current.subject ?? "",
                  body: current.body,
                  bodyHtml: current.bodyHtml ?? "",
                }}
                variables={VARIABLE_NAMES}
              />
            </CardContent>
          </Card>
        ) : null}
        <Table label={t("list")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("title")}</TableHead>
              <TableHead>{t("language")}</TableHead>
              <TableHead>{t("source")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("edit")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((x) => (
              <TableRow
                key={`${x.key}-${x.channel}-${x.locale}`}
                data-template={`${x.key}/${x.channel}/${x.locale}`}
              >
                <TableCell>
                  {tTemplate(x.key)} · {tChannel(x.channel)}
                </TableCell>
                <TableCell>{t(x.locale)}</TableCell>
                <TableCell>
                  {x.source === "custom" ? (
                    <Badge variant="info">{t("custom", { version: x.version })}</Badge>
                  ) : (
                    <Badge variant="muted">{t("default")}</Badge>
                  )}
                </TableCell>
                <TableCell>
                  <Link
                    href={href(x)}
                    className="text-primary underline"
                    aria-current={selected === x ? "true" : undefined}
                  >
                    {t("edit")}
                    <span className="sr-only">
                      {" "}
                      {tTemplate(x.key)} {tChannel(x.channel)} {t(x.locale)}
                    </span>
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
