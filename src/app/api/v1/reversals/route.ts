import { listReversalsQuerySchema } from "@/features/api-keys/api-schemas";
import { listReversalsForApi } from "@/features/cases/api.server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  auth: "apiKey",
  handler: async ({ request }) =>
    Response.json(await listReversalsForApi(parseQuery(listReversalsQuerySchema, request))),
});
