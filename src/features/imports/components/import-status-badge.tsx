import { Badge } from "@/components/ui/badge";
import type { ImportStatus } from "@/generated/prisma/enums";

export function ImportStatusBadge({
  status,
  label,
  hasErrors,
}: {
  status: ImportStatus;
  label: string;
  hasErrors?: boolean;
}) {
  const variant =
    status === "FAILED"
      ? "destructive"
      : status === "PROCESSING"
        ? "info"
        : hasErrors
          ? "warning"
          : "success";
  return (
    <Badge variant={variant} data-status={status}>
      {label}
    </Badge>
  );
}
