import { importFile } from "@/features/imports/import-file.server";
import { withUploadedFile } from "@/lib/api/multipart";
import { apiRoute, toImportActor } from "@/lib/api/route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

// An ERP with its key, or the Imports page with the signed-in user's session (imports:manage).
export const POST = apiRoute({
  auth: "apiKeyOrSession",
  permission: "imports:manage",
  handler: async ({ request, actor }) => {
    const summary = await withUploadedFile(
      request,
      {
        fileField: "file",
        maxBytes: env.IMPORT_MAX_BYTES,
        // A CSV needs its column mapping before the first row; a form that sends it after the file works too.
        fieldNeededFirst: { name: "mapping", when: (name) => /\.(csv|txt)$/i.test(name) },
      },
      async (file) => {
        let csvMapping: unknown;
        if (file.fields.mapping) {
          try {
            csvMapping = JSON.parse(file.fields.mapping);
          } catch {
            throw new AppError("INVALID", "Het veld 'mapping' is geen geldige JSON", {
              issues: [{ path: "mapping", message: "Geen geldige JSON" }],
            });
          }
        }
        return importFile({
          fileName: file.fileName,
          data: file.data,
          csvMapping,
          actor: toImportActor(actor),
          maxBytes: env.IMPORT_MAX_BYTES,
        });
      },
    );
    return Response.json(
      {
        importId: summary.importId,
        format: summary.format,
        reversals: summary.reversals,
        collections: summary.collections,
        skipped: summary.skipped,
        errors: summary.errors,
      },
      { status: 201 },
    );
  },
});
