import { Workflow } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageUser } from "@/features/auth/session.server";
import { listWorkflowRules } from "@/features/workflows/workflows.server";

export const metadata: Metadata = { title: "Workflows" };

export default async function WorkflowsPage() {
  await requirePageUser("workflows:edit");
  const [t, tCommon, rules] = await Promise.all([
    getTranslations("workflows"),
    getTranslations("common"),
    listWorkflowRules(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {rules.length === 0 ? (
        <EmptyState icon={<Workflow />} title={t("title")} description={t("empty")} />
      ) : (
        <Table label={t("title")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead>{t("trigger")}</TableHead>
              <TableHead>{t("enabled")}</TableHead>
              <TableHead>{t("version")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rules.map((rule) => (
              <TableRow key={rule.id}>
                <TableCell>{rule.name}</TableCell>
                <TableCell className="font-mono text-xs">{rule.trigger}</TableCell>
                <TableCell>
                  <Badge variant={rule.enabled ? "success" : "muted"}>
                    {rule.enabled ? tCommon("yes") : tCommon("no")}
                  </Badge>
                </TableCell>
                <TableCell className="tabular-nums">{rule.version}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
