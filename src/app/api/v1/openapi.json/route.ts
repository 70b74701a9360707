import { buildOpenApiDocument } from "@/features/api-keys/openapi";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

// Public: the document describes the API, it grants nothing.
export function GET() {
  cached ??= buildOpenApiDocument(`${appUrl()}/api/v1`);
  return Response.json(cached, { headers: { "Cache-Control": "public, max-age=300" } });
}
