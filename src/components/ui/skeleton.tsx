import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * Loading placeholder. Hidden from assistive technology: mark the surrounding region `aria-busy="true"`
 * and/or render an `sr-only` "Laden…" text so screen-reader users know content is loading.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted", className)}
      {...props}
    />
  );
}
