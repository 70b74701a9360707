import { ListChecks } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageUser } from "@/features/auth/session.server";
import { listOpenTasks } from "@/features/tasks/tasks.server";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Taken" };

export default async function TasksPage() {
  await requirePageUser("tasks:view");
  const [t, tType, tStatus, tPriority, tCommon, locale, tasks] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("taskType"),
    getTranslations("taskStatus"),
    getTranslations("taskPriority"),
    getTranslations("common"),
    getLocale(),
    listOpenTasks(),
  ]);
  const lang = locale === "en" ? "en" : "nl";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {tasks.length === 0 ? (
        <EmptyState icon={<ListChecks />} title={t("open")} description={t("empty")} />
      ) : (
        <Table label={t("open")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("task")}</TableHead>
              <TableHead>{t("type")}</TableHead>
              <TableHead>{t("priority")}</TableHead>
              <TableHead>{t("due")}</TableHead>
              <TableHead>{t("assignee")}</TableHead>
              <TableHead>{t("status")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tasks.map((task) => (
              <TableRow key={task.id}>
                <TableCell>
                  {task.title}
                  {task.case ? (
                    <span className="block text-xs text-muted-foreground">#{task.case.number}</span>
                  ) : null}
                </TableCell>
                <TableCell>{tType(task.type)}</TableCell>
                <TableCell>
                  <Badge
                    variant={
                      task.priority === "URGENT"
                        ? "destructive"
                        : task.priority === "HIGH"
                          ? "warning"
                          : "muted"
                    }
                  >
                    {tPriority(task.priority)}
                  </Badge>
                </TableCell>
                <TableCell>{task.dueAt ? formatDateTime(task.dueAt, lang) : tCommon("none")}</TableCell>
                <TableCell>{task.assignee?.name ?? t("unassigned")}</TableCell>
                <TableCell>{tStatus(task.status)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
