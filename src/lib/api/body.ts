import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { zodIssues } from "./errors";

/** Largest JSON body accepted by the API (1,000 reversals fit comfortably). */
export const JSON_BODY_MAX_BYTES = 5 * 1024 * 1024;

/** Reads the body as text without holding more than `maxBytes`: a larger body is refused (413) early. */
export async function readBodyText(request: Request, maxBytes = JSON_BODY_MAX_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === "") throw new AppError("INVALID", "De body is leeg; verwacht JSON");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "De body is geen geldige JSON");
  }
}

/** zod-parse or INVALID with the field issues (`details.issues[]: { path, message }`). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("INVALID", "Controleer de invoer", { issues: zodIssues(parsed.error) });
  }
  return parsed.data;
}

/** Query parameters as a plain object (last value wins), zod-parsed. */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  return parseWith(schema, params);
}

function tooLarge(maxBytes: number) {
  return new AppError("TOO_LARGE", `De body is groter dan ${maxBytes} bytes`, { maxBytes });
}
