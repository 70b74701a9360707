// Shared by the server (import-file.server.ts) and the upload widget, which reads it from the API's JSON.
export interface ImportSummary {
  importId: string;
  /** e.g. "camt.054.001.02", "pain.008.001.02", "csv" */
  format: string;
  reversals: { created: number; duplicates: number };
  collections: { created: number; duplicates: number };
  skipped: number;
  errors: { line?: number; index?: number; endToEndId?: string; message: string }[];
}
