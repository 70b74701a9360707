import type { ImportSummary } from "../types";

// The JSON that POST /api/v1/imports answers with (201), as the upload widget reads it.
export type ImportSummaryJson = ImportSummary;

export interface ApiErrorJson {
  error: { code: string; message: string };
}

export function isImportSummary(v: unknown): v is ImportSummaryJson {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return typeof o.importId === "string" && typeof o.reversals === "object" && Array.isArray(o.errors);
}

export function apiErrorMessage(v: unknown): string | undefined {
  if (!v || typeof v !== "object") return undefined;
  const e = (v as { error?: unknown }).error;
  if (!e || typeof e !== "object") return undefined;
  const m = (e as { message?: unknown }).message;
  return typeof m === "string" && m ? m : undefined;
}

/** `12,4 MB` / `830 kB` for file sizes in the UI (binary multiples, as the size limit is set). */
export function formatBytes(bytes: number, lang: "nl" | "en" = "nl"): string {
  const units = ["B", "kB", "MB", "GB"];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const n = new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", {
    maximumFractionDigits: u === 0 ? 0 : 1,
  }).format(v);
  return `${n} ${units[u]}`;
}
