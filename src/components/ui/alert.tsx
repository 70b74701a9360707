import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export const alertVariants = cva(
  [
    "relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-4 py-3 text-sm",
    "has-[>svg]:grid-cols-[calc(var(--spacing)*4)_1fr] has-[>svg]:gap-x-3",
    "[&>svg]:size-4 [&>svg]:translate-y-0.5 [&>svg]:text-current",
  ],
  {
    variants: {
      variant: {
        default: "bg-card text-card-foreground",
        info: "border-info-subtle-foreground/25 bg-info-subtle text-info-subtle-foreground",
        destructive:
          "border-destructive-subtle-foreground/25 bg-destructive-subtle text-destructive-subtle-foreground",
        success: "border-success-subtle-foreground/25 bg-success-subtle text-success-subtle-foreground",
        warning: "border-warning-subtle-foreground/25 bg-warning-subtle text-warning-subtle-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export type AlertProps = ComponentProps<"div"> & VariantProps<typeof alertVariants>;

/**
 * Inline message. Destructive alerts are announced assertively (`role="alert"`); every other variant is
 * a polite live region (`role="status"`). Pass an explicit `role` to override.
 * Put an optional lucide icon first, then `<AlertTitle>` and/or `<AlertDescription>`.
 */
export function Alert({ className, variant, role, ...props }: AlertProps) {
  return (
    <div
      data-slot="alert"
      role={role ?? (variant === "destructive" ? "alert" : "status")}
      className={cn(alertVariants({ variant }), className)}
      {...props}
    />
  );
}

export function AlertTitle({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="alert-title"
      className={cn("col-start-2 min-h-4 leading-5 font-semibold tracking-tight", className)}
      {...props}
    />
  );
}

export function AlertDescription({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="alert-description"
      className={cn("col-start-2 grid justify-items-start gap-1 text-sm [&_p]:leading-relaxed", className)}
      {...props}
    />
  );
}
