import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export const controlClassName = cn(
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-sm text-foreground shadow-xs",
  "transition-[color,box-shadow] placeholder:text-muted-foreground",
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60",
  "read-only:bg-muted",
  "aria-[invalid=true]:border-destructive aria-[invalid=true]:outline-destructive",
);

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        controlClassName,
        "h-10 py-2",
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}
