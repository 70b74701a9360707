"use server";

import { z } from "zod";
import { previewCsv } from "@/features/imports/parsers/csv";
import { defineAction } from "@/lib/action";

/** The browser sends at most the first 64 KB of the file; a little slack for multi-byte characters. */
const PREVIEW_MAX_CHARS = 70_000;
const PREVIEW_ROWS = 8;

/**
 * Header, first rows and suggested mapping for the CSV column-mapping step. Runs on the server because
 * the CSV module pulls in node-only code; the file itself is uploaded later to /api/v1/imports.
 */
export const previewCsvAction = defineAction({
  permission: "imports:manage",
  schema: z.object({
    text: z.string().min(1).max(PREVIEW_MAX_CHARS),
    kind: z.enum(["reversals", "collections"]).optional(),
    /** True when `text` is only the start of a bigger file (its row count is then not the file's). */
    partial: z.boolean().default(false),
  }),
  handler: async ({ input }) => {
    let text = input.text;
    // A cut-off start of a file ends mid-row: drop the last, incomplete line.
    if (input.partial) {
      const end = text.lastIndexOf("\n");
      if (end > 0) text = text.slice(0, end + 1);
    }
    const preview = previewCsv(text, { maxRows: PREVIEW_ROWS, ...(input.kind ? { kind: input.kind } : {}) });
    return { ...preview, totalRows: input.partial ? null : preview.totalRows };
  },
});
