import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function zodIssues(error: ZodError) {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

/** AppError → its status and `{ error: { code, message, details? } }`; anything else → 500 INTERNAL, no internals. */
export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (error instanceof ZodError)
    appError = new AppError("INVALID", "Controleer de invoer", { issues: zodIssues(error) });
  else {
    logger.error({ err: error }, "api request failed");
    appError = new AppError("INTERNAL", "Er ging iets mis aan onze kant");
  }
  const body: ApiErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details !== undefined && appError.code !== "INTERNAL"
        ? { details: appError.details }
        : {}),
    },
  };
  return Response.json(body, { status: appError.status, headers });
}
