import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A two-column term/value list for detail cards; rows whose value is empty are left out. */
export function DetailList({
  items,
  className,
}: {
  items: readonly { term: ReactNode; value: ReactNode; mono?: boolean; testId?: string }[];
  className?: string;
}) {
  return (
    <dl
      className={cn(
        "grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(8rem,35%)_1fr]",
        className,
      )}
    >
      {items
        .filter((i) => i.value !== null && i.value !== undefined && i.value !== "")
        .map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static, ordered list of fields
          <div key={n} className="contents">
            <dt className="text-muted-foreground">{i.term}</dt>
            <dd
              className={cn(
                "font-medium text-foreground break-words",
                i.mono && "font-mono text-[0.8125rem]",
              )}
              data-testid={i.testId}
            >
              {i.value}
            </dd>
          </div>
        ))}
    </dl>
  );
}
