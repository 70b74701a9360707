import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

export type PageHeaderProps = Omit<ComponentProps<"header">, "title"> & {
  /** Rendered as the page's single `<h1>`. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons/links aligned to the end of the header (wraps below the title on small screens). */
  actions?: ReactNode;
  /** Optional content above the title, e.g. breadcrumbs or a back link. */
  eyebrow?: ReactNode;
};

export function PageHeader({
  title,
  description,
  actions,
  eyebrow,
  className,
  children,
  ...props
}: PageHeaderProps) {
  return (
    <header
      data-slot="page-header"
      className={cn("flex flex-col gap-4 pb-6 sm:flex-row sm:items-end sm:justify-between", className)}
      {...props}
    >
      <div className="flex min-w-0 flex-col gap-1">
        {eyebrow ? <div className="text-sm text-muted-foreground">{eyebrow}</div> : null}
        <h1 className="text-2xl font-semibold tracking-tight text-foreground">{title}</h1>
        {description ? <p className="max-w-prose text-sm text-muted-foreground">{description}</p> : null}
        {children}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </header>
  );
}
