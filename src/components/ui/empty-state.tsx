import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

export type EmptyStateProps = Omit<ComponentProps<"section">, "title"> & {
  /** Decorative icon, e.g. `<InboxIcon />`. Hidden from assistive technology. */
  icon?: ReactNode;
  title: ReactNode;
  /** Explain why it is empty and what to do next. */
  description?: ReactNode;
  /** Primary next step, e.g. `<Button asChild><Link href="/imports/new">Importeer stornobestand</Link></Button>`. */
  action?: ReactNode;
  /** Heading element for the title so it fits the page outline. Defaults to `h2`. */
  titleAs?: "h2" | "h3" | "h4" | "p";
};

export function EmptyState({
  icon,
  title,
  description,
  action,
  titleAs: Title = "h2",
  className,
  children,
  ...props
}: EmptyStateProps) {
  return (
    <section
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-12 text-center",
        className,
      )}
      {...props}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground [&>svg]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <div className="flex max-w-md flex-col gap-1">
        <Title className="text-base font-semibold text-foreground">{title}</Title>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {children}
      {action ? <div className="mt-2 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
    </section>
  );
}
