import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export type TableProps = ComponentProps<"table"> & {
  /**
   * Accessible name for the scrollable wrapper region (keyboard users focus it to scroll wide tables
   * horizontally). Prefer a `<TableCaption>` as well for the table itself.
   */
  label?: string;
  wrapperClassName?: string;
};

export function Table({ className, label, wrapperClassName, ...props }: TableProps) {
  // A labelled region when a label is given; otherwise just a focusable scroll container.
  const region = label ? { role: "region", "aria-label": label } : {};
  return (
    <div
      data-slot="table-container"
      {...region}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the horizontally scrollable wrapper must be keyboard-reachable (WCAG 2.1.1, axe scrollable-region-focusable).
      tabIndex={0}
      className={cn(
        "relative w-full overflow-x-auto rounded-md",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        wrapperClassName,
      )}
    >
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead data-slot="table-header" className={cn("[&_tr]:border-b", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody data-slot="table-body" className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableFooter({ className, ...props }: ComponentProps<"tfoot">) {
  return (
    <tfoot
      data-slot="table-footer"
      className={cn("border-t bg-muted/50 font-medium [&>tr]:last:border-b-0", className)}
      {...props}
    />
  );
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return (
    <tr
      data-slot="table-row"
      className={cn(
        "border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted aria-selected:bg-muted",
        className,
      )}
      {...props}
    />
  );
}

export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      scope={scope}
      className={cn(
        "h-10 px-3 text-left align-middle text-xs font-semibold tracking-wide whitespace-nowrap text-muted-foreground uppercase",
        "[&:has([role=checkbox])]:pr-0",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return (
    <td
      data-slot="table-cell"
      className={cn("px-3 py-2.5 align-middle [&:has([role=checkbox])]:pr-0", className)}
      {...props}
    />
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return (
    <caption
      data-slot="table-caption"
      className={cn("mt-3 text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}
