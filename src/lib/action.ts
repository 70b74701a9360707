import "server-only";
import type { z } from "zod";
import type { Permission } from "@/features/auth/roles";
import { type CurrentUser, requireUser } from "@/features/auth/session.server";
import { AppError, type Result } from "@/lib/errors";
import { logger } from "@/lib/logger";

type Input = FormData | Record<string, unknown>;

function fromFormData(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    out[key] = value;
  }
  return out;
}

/**
 * The one wrapper for server actions: parse with zod → authorise by permission → run → typed result.
 * Handlers open their own transaction (db.$transaction) when they write more than one row.
 */
export function defineAction<S extends z.ZodType, T>(config: {
  permission: Permission;
  schema: S;
  handler: (args: { input: z.output<S>; user: CurrentUser }) => Promise<T>;
}) {
  return async (input: Input): Promise<Result<T>> => {
    try {
      const user = await requireUser(config.permission);
      const raw = input instanceof FormData ? fromFormData(input) : input;
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) fields[issue.path.join(".")] ??= issue.message;
        return { ok: false, error: { code: "INVALID", message: "Controleer de invoer", fields } };
      }
      return { ok: true, data: await config.handler({ input: parsed.data, user }) };
    } catch (error) {
      if (error instanceof AppError)
        return { ok: false, error: { code: error.code, message: error.message } };
      logger.error({ err: error }, "action failed");
      return { ok: false, error: { code: "INTERNAL", message: "Er ging iets mis" } };
    }
  };
}
