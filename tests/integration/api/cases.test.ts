import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/cases/[id]/route";
import { resetDatabase } from "../../support/db";
import { BASE, newKey, readJson, seedCase } from "./helpers";

const getCase = (id: string, key: string | null) =>
  GET(new Request(`${BASE}/cases/${id}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/v1/cases/{id}", () => {
  beforeEach(resetDatabase);

  it("returns the case with reversal, collection (masked IBAN only), debtor and timeline", async () => {
    const { key } = await newKey();
    const seeded = await seedCase({ endToEndId: "E2E-C", reasonCode: "MD06" });
    const res = await getCase(seeded.case.id, key);
    expect(res.status).toBe(200);
    const body = await readJson<Record<string, unknown>>(res);
    expect(body).toMatchObject({
      id: seeded.case.id,
      number: seeded.case.number,
      status: "NEW",
      outcome: null,
      openAmountCents: 4250,
      currency: "EUR",
      reversal: { id: seeded.reversal.id, kind: "RETURN", reason: { code: "MD06", known: true } },
      collection: { endToEndId: "E2E-C", ibanMasked: "NL91 **** **** **43 00", sequenceType: "RCUR" },
      debtor: { name: "Debiteur E2E-C", email: "e2e-c@example.nl", phone: "+31612345678" },
      events: [{ type: "CASE_CREATED", data: { via: "test" }, actorType: "SYSTEM" }],
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain("ibanHash");
    expect(text).not.toContain("x".repeat(64));
  });

  it("answers 404 NOT_FOUND for an unknown and a malformed id, 401 without a key", async () => {
    const { key } = await newKey();
    for (const id of ["6f1c2d3e-0000-4000-8000-000000000000", "not-a-uuid", "1 OR 1=1"]) {
      const res = await getCase(id, key);
      expect(res.status, id).toBe(404);
      expect((await readJson<{ error: { code: string } }>(res)).error.code).toBe("NOT_FOUND");
    }
    const seeded = await seedCase({ endToEndId: "E2E-D" });
    expect((await getCase(seeded.case.id, null)).status).toBe(401);
  });
});
