import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  caseDetailSchema,
  caseIdParamsSchema,
  createResponseLinkRequestSchema,
  createReversalsRequestSchema,
  createReversalsResponseSchema,
  errorResponseSchema,
  importSummarySchema,
  importUploadSchema,
  listReversalsQuerySchema,
  responseLinkSchema,
  reversalListSchema,
} from "./api-schemas";

// The OpenAPI 3.1 document of /api/v1, built from the same zod schemas the route handlers validate with.

type Status = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500;
const ERROR_TEXT: Record<Status, string> = {
  400: "Bad request",
  401: "UNAUTHORIZED: no, malformed or unknown API key",
  403: "FORBIDDEN: the API key is revoked (or the signed-in user lacks the permission)",
  404: "NOT_FOUND",
  409: "CONFLICT: a request with this Idempotency-Key is still running",
  413: "TOO_LARGE: the body or file exceeds the limit",
  422: "INVALID: validation failed (`details.issues`), or the Idempotency-Key was used for another body",
  429: "RATE_LIMITED: too many requests; see Retry-After",
  500: "INTERNAL",
};

function errors(...statuses: Status[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: ERROR_TEXT[s],
        content: { "application/json": { schema: errorResponseSchema } },
        ...(s === 429
          ? {
              headers: {
                "Retry-After": {
                  description: "Seconds until the window resets",
                  schema: { type: "integer" as const },
                },
              },
            }
          : {}),
      },
    ]),
  );
}

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export function buildOpenApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "API key `sd_live_<prefix>_<secret>`, created under Instellingen → API-sleutels",
  });
  const security = [{ [bearer.name]: [] }];

  registry.registerPath({
    method: "post",
    path: "/imports",
    operationId: "createImport",
    summary: "Import a bank file (camt.052/053/054, pain.002/008) or CSV",
    description:
      "Multipart upload, streamed into the import pipeline. The optional `mapping` field (JSON) must " +
      "precede `file`. Also accepts a signed-in staff session with the imports:manage permission.",
    security,
    request: {
      body: { required: true, content: { "multipart/form-data": { schema: importUploadSchema } } },
    },
    responses: {
      201: json(importSummarySchema, "The file was imported"),
      ...errors(401, 403, 413, 422, 429, 500),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/reversals",
    operationId: "createReversals",
    summary: "Report reversals (1–1,000 per request)",
    description:
      "Send `Idempotency-Key` to make retries safe: the same key with the same body replays the stored " +
      "answer (header `Idempotent-Replayed: true`); the same key with another body is refused (422).",
    security,
    request: {
      headers: z.object({
        "Idempotency-Key": z
          .string()
          .min(1)
          .max(255)
          .optional()
          .meta({ description: "Unique per logical request" }),
      }),
      body: { required: true, content: { "application/json": { schema: createReversalsRequestSchema } } },
    },
    responses: {
      201: json(createReversalsResponseSchema, "Per item: created or duplicate, with the reversal and case"),
      ...errors(401, 403, 409, 413, 422, 429, 500),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/reversals",
    operationId: "listReversals",
    summary: "List reversals, newest booking date first",
    security,
    request: { query: listReversalsQuerySchema },
    responses: {
      200: json(reversalListSchema, "One page of reversals"),
      ...errors(401, 403, 422, 429, 500),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/cases/{id}",
    operationId: "getCase",
    summary: "A case with its reversal, collection, debtor and timeline",
    security,
    request: { params: caseIdParamsSchema },
    responses: {
      200: json(caseDetailSchema, "The case"),
      ...errors(401, 403, 404, 429, 500),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/cases/{id}/links",
    operationId: "createResponseLink",
    summary: "Make a personal response link for the case's debtor, to send yourself",
    security,
    request: {
      params: caseIdParamsSchema,
      body: { required: false, content: { "application/json": { schema: createResponseLinkRequestSchema } } },
    },
    responses: {
      201: json(responseLinkSchema, "The link and when it expires"),
      ...errors(401, 403, 404, 413, 422, 429, 500),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document (no key needed)",
    security: [],
    responses: {
      200: {
        description: "OpenAPI 3.1 document",
        content: { "application/json": { schema: z.object({}).passthrough() } },
      },
    },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Stornodesk API",
      version: "1.0.0",
      description:
        "Report reversed SEPA direct debits from an ERP and read back reversals and cases. " +
        "Errors: `{ error: { code, message, details? } }` with a stable `code`.",
    },
    servers: [{ url: serverUrl }],
    security,
  });
}
