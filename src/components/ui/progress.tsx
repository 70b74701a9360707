import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

type ProgressName =
  | { "aria-label": string; "aria-labelledby"?: never }
  | { "aria-labelledby": string; "aria-label"?: never };

export type ProgressProps = Omit<
  ComponentProps<"div">,
  "aria-label" | "aria-labelledby" | "role" | "children"
> &
  ProgressName & {
    /** Current value, between 0 and `max`. `null` renders an indeterminate bar. */
    value: number | null;
    max?: number;
    /** Human-readable value, e.g. "12 van 40 verwerkt". Defaults to the percentage. */
    valueText?: string;
    indicatorClassName?: string;
  };

/** Accessible progress bar (`role="progressbar"`); requires an accessible name via `aria-label`/`aria-labelledby`. */
export function Progress({
  value,
  max = 100,
  valueText,
  className,
  indicatorClassName,
  ...props
}: ProgressProps) {
  const safeMax = max > 0 ? max : 100;
  const clamped = value === null ? null : Math.min(Math.max(value, 0), safeMax);
  const percent = clamped === null ? null : Math.round((clamped / safeMax) * 100);
  return (
    <div
      data-slot="progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={clamped ?? undefined}
      aria-valuetext={valueText ?? (percent === null ? undefined : `${percent}%`)}
      data-state={clamped === null ? "indeterminate" : clamped >= safeMax ? "complete" : "loading"}
      className={cn("relative h-2 w-full overflow-hidden rounded-full bg-muted", className)}
      {...props}
    >
      <div
        data-slot="progress-indicator"
        className={cn(
          "h-full rounded-full bg-primary transition-[width] duration-300",
          clamped === null && "w-2/5 animate-indeterminate",
          indicatorClassName,
        )}
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
