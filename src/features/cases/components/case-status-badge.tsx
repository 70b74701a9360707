import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { CaseStatus } from "@/generated/prisma/enums";

/** Badge colour per case status; the label itself always names the status. */
export function caseStatusVariant(status: CaseStatus): NonNullable<BadgeProps["variant"]> {
  switch (status) {
    case "RESOLVED":
    case "CLOSED":
      return "success";
    case "NEW":
      return "warning";
    case "RESPONDED":
    case "IN_PROGRESS":
      return "info";
    default:
      return "secondary";
  }
}

export function CaseStatusBadge({
  status,
  label,
  className,
}: {
  status: CaseStatus;
  label: string;
  className?: string;
}) {
  return (
    <Badge variant={caseStatusVariant(status)} className={className} data-status={status}>
      {label}
    </Badge>
  );
}
