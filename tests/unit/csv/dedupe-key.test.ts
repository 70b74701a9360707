import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reversalDedupeKey } from "@/features/imports/parsers/dedupe-key";

const base = {
  endToEndId: "E2E-1",
  reasonCode: "AM04",
  kind: "RETURN" as const,
  amountCents: 1250,
  currency: "EUR",
  date: "2026-12-03",
};

describe("reversalDedupeKey", () => {
  it("is sha256 hex of the pipe-joined parts", () => {
    const expected = createHash("sha256").update("E2E-1|AM04|RETURN|1250|EUR|2026-12-03").digest("hex");
    expect(reversalDedupeKey(base)).toBe(expected);
  });

  it("uses an empty kind and EUR when absent", () => {
    const expected = createHash("sha256").update("E2E-1|AM04||1250|EUR|2026-12-03").digest("hex");
    expect(reversalDedupeKey({ ...base, kind: undefined, currency: undefined })).toBe(expected);
    expect(reversalDedupeKey({ ...base, kind: null })).toBe(expected);
  });

  it("changes with every part", () => {
    const k = reversalDedupeKey(base);
    expect(reversalDedupeKey({ ...base, endToEndId: "E2E-2" })).not.toBe(k);
    expect(reversalDedupeKey({ ...base, reasonCode: "MS03" })).not.toBe(k);
    expect(reversalDedupeKey({ ...base, kind: "REFUND" })).not.toBe(k);
    expect(reversalDedupeKey({ ...base, amountCents: 1251 })).not.toBe(k);
    expect(reversalDedupeKey({ ...base, date: "2026-12-04" })).not.toBe(k);
  });
});
