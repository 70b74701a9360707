import { createReversalsRequestSchema, listReversalsQuerySchema } from "@/features/api-keys/api-schemas";
import { listReversalsForApi } from "@/features/cases/api.server";
import { importReversalRecords } from "@/features/imports/import-file.server";
import { parseJsonText, parseQuery, parseWith, readBodyText } from "@/lib/api/body";
import { hashRequestBody, parseIdempotencyKey, withIdempotency } from "@/lib/api/idempotency";
import { actorScope, apiRoute, toImportActor } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  auth: "apiKey",
  handler: async ({ request }) =>
    Response.json(await listReversalsForApi(parseQuery(listReversalsQuerySchema, request))),
});

export const POST = apiRoute({
  auth: "apiKey",
  handler: async ({ request, actor }) => {
    const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
    const raw = await readBodyText(request);
    const input = parseWith(createReversalsRequestSchema, parseJsonText(raw));
    return withIdempotency(
      { scope: actorScope(actor), key: idempotencyKey, requestHash: hashRequestBody(raw) },
      async () => ({
        status: 201,
        body: await importReversalRecords(input.reversals, { actor: toImportActor(actor) }),
      }),
    );
  },
});
