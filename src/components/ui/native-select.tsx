import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { controlClassName } from "./input";

/** A plain <select>: works in server-rendered filter forms and without JavaScript. */
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      data-slot="native-select"
      className={cn(controlClassName, "h-10 py-2 pr-8", className)}
      {...props}
    />
  );
}
