import { CircleAlert } from "lucide-react";
import {
  type ComponentProps,
  cloneElement,
  isValidElement,
  type ReactElement,
  type ReactNode,
  useId,
} from "react";
import { cn } from "@/lib/utils";
import { Label } from "./label";

/** Props FormField injects into its control. */
export type FormControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export type FormFieldProps = Omit<ComponentProps<"div">, "children"> & {
  label: ReactNode;
  /** Control id; generated when omitted. */
  id?: string;
  description?: ReactNode;
  /** Validation message; when set the control gets `aria-invalid` and the message joins `aria-describedby`. */
  error?: ReactNode;
  /** Marks the field required (visual asterisk + `aria-required`). Native `required` is left to the control. */
  required?: boolean;
  /** Visually hide the label (it stays the control's accessible name). */
  hideLabel?: boolean;
  /**
   * The control: either a single element (`<Input name="iban" />`, `<Textarea />`) which receives `id`,
   * `aria-describedby`, `aria-invalid` and `aria-required`, or a render function receiving those props.
   * Composite controls need the render function so the props land on the focusable element:
   * `{(control) => <Select name="reason"><SelectTrigger {...control}><SelectValue /></SelectTrigger>…</Select>}`
   */
  children: ReactElement<Partial<FormControlProps>> | ((control: FormControlProps) => ReactNode);
};

/**
 * Label + control + description + error, wired for assistive technology. A plain (server-renderable)
 * component: no client state, works in Server Components and inside client forms alike.
 */
export function FormField({
  label,
  id,
  description,
  error,
  required = false,
  hideLabel = false,
  className,
  children,
  ...props
}: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? `field${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;

  const controlProps = (existingDescribedBy?: string): FormControlProps => {
    const describedBy = [existingDescribedBy, descriptionId, errorId].filter(Boolean).join(" ");
    return {
      id: controlId,
      ...(describedBy ? { "aria-describedby": describedBy } : {}),
      ...(error ? { "aria-invalid": true } : {}),
      ...(required ? { "aria-required": true } : {}),
    };
  };

  let control: ReactNode;
  if (typeof children === "function") {
    control = children(controlProps());
  } else if (isValidElement(children)) {
    control = cloneElement(children, controlProps(children.props["aria-describedby"]));
  } else {
    control = children;
  }

  return (
    <div data-slot="form-field" className={cn("grid gap-2", className)} {...props}>
      <Label htmlFor={controlId} className={cn(hideLabel && "sr-only")}>
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {control}
      {description ? (
        <p id={descriptionId} data-slot="form-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p
          id={errorId}
          data-slot="form-message"
          className="flex items-start gap-1.5 text-sm font-medium text-destructive"
        >
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
