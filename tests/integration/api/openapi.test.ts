import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { createReversalsRequestSchema } from "@/features/api-keys/api-schemas";

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security?: unknown[]; responses: Record<string, unknown>; requestBody?: unknown }>
  >;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, unknown> };
  security: unknown[];
};

const API_DIR = path.resolve(import.meta.dirname, "../../../src/app/api/v1");

/** `/cases/{id}` etc. with the methods each route.ts exports. */
function routeFiles() {
  return (readdirSync(API_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith("route.ts"))
    .map((f) => {
      const source = readFileSync(path.join(API_DIR, f), "utf8");
      const methods = [
        ...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g),
      ]
        .map((m) => m[1]!.toLowerCase())
        .sort();
      const dir = path.dirname(f).split(path.sep).join("/");
      return { path: `/${dir.replace(/\[([^\]]+)\]/g, "{$1}")}`, methods };
    });
}

describe("GET /api/v1/openapi.json", () => {
  it("is a public OpenAPI 3.1 document with every endpoint, bearer security and generated schemas", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    // Every route file under src/app/api/v1 is documented, with each method it exports.
    expect(Object.keys(doc.paths).sort()).toEqual(
      routeFiles()
        .map((r) => r.path)
        .sort(),
    );
    for (const route of routeFiles()) {
      expect(Object.keys(doc.paths[route.path]!).sort(), route.path).toEqual(route.methods);
    }
    expect(Object.keys(doc.paths["/reversals"]!).sort()).toEqual(["get", "post"]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths["/openapi.json"]!.get!.security).toEqual([]);

    for (const name of [
      "Error",
      "ReversalInput",
      "CreateReversalsRequest",
      "CreateReversalsResponse",
      "ImportSummary",
      "ReversalList",
      "Case",
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    // Every operation documents its errors with the shared Error schema.
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path === "/openapi.json") continue;
      for (const op of Object.values(ops)) {
        expect(JSON.stringify(op.responses["401"])).toContain("#/components/schemas/Error");
        expect(op.responses["429"]).toBeDefined();
      }
    }
  });

  it("has no dangling $ref and unique operation ids", async () => {
    const text = JSON.stringify(await GET().json());
    const doc = JSON.parse(text) as Doc;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas[ref], ref).toBeDefined();
    const ids = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).map((op) => (op as { operationId?: string }).operationId),
    );
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is generated from the schemas that validate requests (limits match)", async () => {
    const doc = (await GET().json()) as Doc;
    const request = doc.components.schemas.CreateReversalsRequest as {
      properties: { reversals: { minItems: number; maxItems: number } };
      required: string[];
    };
    expect(request.properties.reversals).toMatchObject({ minItems: 1, maxItems: 1000 });
    expect(request.required).toEqual(["reversals"]);
    const input = doc.components.schemas.ReversalInput as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(input.required.sort()).toEqual(["amountCents", "bookingDate", "endToEndId", "reasonCode"]);
    // The validator itself agrees with what the document says.
    const ok = createReversalsRequestSchema.safeParse({
      reversals: [{ endToEndId: "E", amountCents: 1, reasonCode: "MD06", bookingDate: "2026-12-01" }],
    });
    expect(ok.success).toBe(true);
    const multipart = doc.paths["/imports"]!.post!.requestBody as { content: Record<string, unknown> };
    expect(Object.keys(multipart.content)).toEqual(["multipart/form-data"]);
    const query = (doc.paths["/reversals"]!.get as unknown as { parameters: { name: string; in: string }[] })
      .parameters;
    expect(query.map((p) => p.name).sort()).toEqual([
      "endToEndId",
      "from",
      "page",
      "pageSize",
      "reasonCode",
      "to",
    ]);
    const params = (
      doc.paths["/cases/{id}"]!.get as unknown as { parameters: { name: string; in: string }[] }
    ).parameters;
    expect(params).toEqual([expect.objectContaining({ name: "id", in: "path" })]);
  });
});
