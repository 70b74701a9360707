import { beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/reversals/route";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { BASE, jsonPost, newKey, readJson, seedCase } from "./helpers";

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };
type Created = {
  importId: string;
  results: { index: number; outcome: string; reversalId: string; caseId: string }[];
};

const record = (n: number, extra: Record<string, unknown> = {}) => ({
  endToEndId: `ERP-${n}`,
  amountCents: 1000 + n,
  reasonCode: "MD06",
  kind: "REFUND",
  bookingDate: "2026-12-01",
  debtor: { name: `Klant ${n}`, email: `klant${n}@example.nl`, iban: "NL91ABNA0417164300" },
  ...extra,
});

describe("POST /api/v1/reversals", () => {
  beforeEach(resetDatabase);

  it("creates reversals and cases (201), and reports a second delivery as duplicates", async () => {
    const { key } = await newKey();
    const res = await POST(jsonPost(`${BASE}/reversals`, key, { reversals: [record(1), record(2)] }));
    const body = await readJson<Created>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.results.map((r) => [r.index, r.outcome])).toEqual([
      [0, "created"],
      [1, "created"],
    ]);
    const kase = await db.case.findUniqueOrThrow({ where: { id: body.results[0]!.caseId } });
    expect(kase.reversalId).toBe(body.results[0]!.reversalId);
    const again = await readJson<Created>(
      await POST(jsonPost(`${BASE}/reversals`, key, { reversals: [record(2), record(3)] })),
    );
    expect(again.results.map((r) => r.outcome)).toEqual(["duplicate", "created"]);
    expect(again.results[0]!.caseId).toBe(body.results[1]!.caseId);
    expect(await db.reversal.count()).toBe(3);
  });

  it("answers 422 for invalid JSON, missing fields, an empty list and more than 1,000 items", async () => {
    const { key } = await newKey();
    const post = async (body: unknown) => {
      const res = await POST(jsonPost(`${BASE}/reversals`, key, body));
      return { status: res.status, body: await readJson<ErrorBody>(res) };
    };
    const badJson = await post("{ reversals: [");
    expect(badJson.status).toBe(422);
    expect(badJson.body.error.message).toContain("JSON");
    expect((await post("")).status).toBe(422);
    expect((await post({})).status).toBe(422);
    expect((await post({ reversals: [] })).status).toBe(422);
    const missing = await post({ reversals: [{ endToEndId: "X", amountCents: -5 }] });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe("INVALID");
    const paths = ((missing.body.error.details?.issues ?? []) as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "reversals.0.amountCents",
        "reversals.0.reasonCode",
        "reversals.0.bookingDate",
      ]),
    );
    const badIban = await post({ reversals: [record(1, { debtor: { iban: "NL00BANK0000000000" } })] });
    expect(badIban.status).toBe(422);
    const tooMany = await post({ reversals: Array.from({ length: 1001 }, (_, i) => record(i)) });
    expect(tooMany.status).toBe(422);
    expect(JSON.stringify(tooMany.body)).toContain("1000");
    expect(await db.reversal.count()).toBe(0);
  });

  it("answers 413 for a body over 5 MB without parsing it", async () => {
    const { key } = await newKey();
    const huge = JSON.stringify({ reversals: [record(1, { reasonInfo: "x".repeat(6 * 1024 * 1024) })] });
    const res = await POST(jsonPost(`${BASE}/reversals`, key, huge));
    expect(res.status).toBe(413);
    expect((await readJson<ErrorBody>(res)).error.code).toBe("TOO_LARGE");
  });

  it("replays the stored answer for the same Idempotency-Key and body, and refuses another body", async () => {
    const { key } = await newKey();
    const body = { reversals: [record(1)] };
    const first = await POST(jsonPost(`${BASE}/reversals`, key, body, { "idempotency-key": "order-42" }));
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    const replay = await POST(jsonPost(`${BASE}/reversals`, key, body, { "idempotency-key": "order-42" }));
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(firstBody);
    // Replayed, not re-run: still one import.
    expect(await db.import.count()).toBe(1);

    const other = await POST(
      jsonPost(`${BASE}/reversals`, key, { reversals: [record(2)] }, { "idempotency-key": "order-42" }),
    );
    expect(other.status).toBe(422);
    expect((await readJson<ErrorBody>(other)).error.details?.reason).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await db.reversal.count()).toBe(1);

    // Keys are per API key: another ERP may use "order-42" for its own request.
    const { key: otherKey } = await newKey("Ander ERP");
    const theirs = await POST(
      jsonPost(`${BASE}/reversals`, otherKey, { reversals: [record(3)] }, { "idempotency-key": "order-42" }),
    );
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBe("false");

    const bad = await POST(jsonPost(`${BASE}/reversals`, key, body, { "idempotency-key": "met spatie" }));
    expect(bad.status).toBe(422);
  });

  it("answers 409 while a request with the same key is still running, and frees the key after a failure", async () => {
    const { id, key } = await newKey();
    const body = JSON.stringify({ reversals: [record(1)] });
    const { hashRequestBody } = await import("@/lib/api/idempotency");
    // A first request that has claimed the key but not finished.
    await db.idempotencyRecord.create({
      data: { scope: `apikey:${id}`, key: "busy", requestHash: hashRequestBody(body) },
    });
    const busy = await POST(jsonPost(`${BASE}/reversals`, key, body, { "idempotency-key": "busy" }));
    expect(busy.status).toBe(409);
    expect((await readJson<ErrorBody>(busy)).error.details?.reason).toBe("IDEMPOTENCY_KEY_IN_USE");
    // An invalid request does not claim its key.
    await POST(jsonPost(`${BASE}/reversals`, key, { reversals: [] }, { "idempotency-key": "later" }));
    expect(await db.idempotencyRecord.count({ where: { key: "later" } })).toBe(0);
  });
});

describe("GET /api/v1/reversals", () => {
  beforeEach(resetDatabase);
  const list = async (key: string, query: string) => {
    const res = await GET(
      new Request(`${BASE}/reversals?${query}`, { headers: { authorization: `Bearer ${key}` } }),
    );
    return {
      status: res.status,
      body: await readJson<Record<string, unknown> & { items: Record<string, unknown>[] }>(res),
    };
  };

  it("pages through reversals, newest booking date first, with total and pages", async () => {
    const { key } = await newKey();
    for (let i = 1; i <= 5; i++) await seedCase({ endToEndId: `E2E-${i}`, bookingDate: `2026-11-0${i}` });
    const p1 = await list(key, "pageSize=2");
    expect(p1.status).toBe(200);
    expect(p1.body).toMatchObject({ total: 5, page: 1, pageSize: 2, pages: 3 });
    expect(p1.body.items.map((i) => i.endToEndId)).toEqual(["E2E-5", "E2E-4"]);
    const p3 = await list(key, "pageSize=2&page=3");
    expect(p3.body.items.map((i) => i.endToEndId)).toEqual(["E2E-1"]);
    const beyond = await list(key, "pageSize=2&page=9");
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(5);
  });

  it("describes each item: cents + currency, reason with Dutch/English explanation, kind, date, case", async () => {
    const { key } = await newKey();
    const seeded = await seedCase({ endToEndId: "E2E-X", reasonCode: "AM04", amountCents: 4250 });
    const { body } = await list(key, "");
    expect(body.items[0]).toMatchObject({
      id: seeded.reversal.id,
      endToEndId: "E2E-X",
      amountCents: 4250,
      currency: "EUR",
      kind: "RETURN",
      bookingDate: "2026-11-05",
      reason: { code: "AM04", known: true, isoName: "InsufficientFunds" },
      case: { id: seeded.case.id, status: "NEW", outcome: null },
    });
    const reason = body.items[0]!.reason as { explanation: { nl: string; en: string } };
    expect(reason.explanation.nl.length).toBeGreaterThan(10);
    expect(reason.explanation.en).not.toBe(reason.explanation.nl);
  });

  it("filters by endToEndId, reason code (any case) and booking date range (inclusive)", async () => {
    const { key } = await newKey();
    await seedCase({ endToEndId: "A", reasonCode: "AM04", bookingDate: "2026-11-01" });
    await seedCase({ endToEndId: "B", reasonCode: "MD06", bookingDate: "2026-11-10" });
    await seedCase({ endToEndId: "C", reasonCode: "MD06", bookingDate: "2026-11-20" });
    const ids = async (q: string) => (await list(key, q)).body.items.map((i) => i.endToEndId);
    expect(await ids("endToEndId=B")).toEqual(["B"]);
    expect(await ids("reasonCode=md06")).toEqual(["C", "B"]);
    expect(await ids("from=2026-11-10")).toEqual(["C", "B"]);
    expect(await ids("to=2026-11-10")).toEqual(["B", "A"]);
    expect(await ids("from=2026-11-02&to=2026-11-19&reasonCode=MD06")).toEqual(["B"]);
    expect(await ids("endToEndId=nope")).toEqual([]);
  });

  it("answers 422 for malformed dates and page sizes over 200", async () => {
    const { key } = await newKey();
    for (const q of ["from=03-12-2026", "to=2026-02-30", "pageSize=201", "pageSize=0", "page=abc"]) {
      const res = await list(key, q);
      expect(res.status, q).toBe(422);
      expect((res.body as unknown as ErrorBody).error.code).toBe("INVALID");
    }
    expect((await list(key, "pageSize=200")).status).toBe(200);
  });
});
