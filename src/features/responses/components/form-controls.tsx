import type { ComponentProps, ReactElement, ReactNode } from "react";
import { cloneElement } from "react";

/**
 * The consumer form's field primitives. They mirror `@/components/ui` (FormField, Input, Textarea, Alert:
 * same markup, classes and ARIA wiring) without their dependencies (tailwind-merge, Radix label, lucide,
 * cva): this file ships in the form's JavaScript, which must stay small on a phone.
 */

const control =
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-sm text-foreground shadow-xs transition-[color,box-shadow] placeholder:text-muted-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60 read-only:bg-muted aria-[invalid=true]:border-destructive aria-[invalid=true]:outline-destructive";

export function Input(props: ComponentProps<"input">) {
  return <input type="text" data-slot="input" className={`${control} h-10 py-2`} {...props} />;
}

export function Textarea(props: ComponentProps<"textarea">) {
  return (
    <textarea data-slot="textarea" className={`${control} min-h-20 py-2 field-sizing-content`} {...props} />
  );
}

type ControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

/** Label + control + hint + error, wired as FormField does (aria-describedby, aria-invalid, aria-required). */
export function FormField(props: {
  label: ReactNode;
  id: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  children: ReactElement<Partial<ControlProps>>;
}) {
  const { id, description, error, required } = props;
  const describedBy = [description ? `${id}-description` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div data-slot="form-field" className="grid gap-2">
      <label
        htmlFor={id}
        className="flex items-center gap-1.5 text-sm leading-none font-medium text-foreground select-none"
      >
        {props.label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </label>
      {cloneElement(props.children, {
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true } : {}),
        ...(required ? { "aria-required": true } : {}),
      })}
      {description ? (
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="flex items-start gap-1.5 text-sm font-medium text-destructive">
          <AlertIcon />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

/** A message under a group of options (radio buttons, a checkbox). */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-destructive">
      <AlertIcon />
      <span>{children}</span>
    </p>
  );
}

/** An inline message: destructive ones are announced at once (role="alert"), others politely. */
export function Alert(props: { variant: "destructive" | "info"; id?: string; children: ReactNode }) {
  const colours =
    props.variant === "destructive"
      ? "border-destructive-subtle-foreground/25 bg-destructive-subtle text-destructive-subtle-foreground"
      : "border-info-subtle-foreground/25 bg-info-subtle text-info-subtle-foreground";
  return (
    <div
      id={props.id}
      data-slot="alert"
      role={props.variant === "destructive" ? "alert" : "status"}
      className={`relative w-full rounded-lg border px-4 py-3 text-sm ${colours}`}
    >
      {props.children}
    </div>
  );
}

/** lucide's circle-alert, inline (one icon is not worth the icon library in this bundle). */
function AlertIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="mt-0.5 size-4 shrink-0"
    >
      <circle cx="12" cy="12" r="10" />
      <line x1="12" x2="12" y1="8" y2="12" />
      <line x1="12" x2="12.01" y1="16" y2="16" />
    </svg>
  );
}
