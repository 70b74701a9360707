import { describe, expect, it } from "vitest";
import {
  describeReason,
  getReasonCode,
  listReasonCodes,
  REASON_CODES,
  REVERSAL_KINDS,
  type ReasonCodeInfo,
} from "@/features/reasons";

const REQUIRED = [
  "AC01",
  "AC04",
  "AC06",
  "AC13",
  "AG01",
  "AG02",
  "AM04",
  "AM05",
  "BE05",
  "CNOR",
  "DNOR",
  "ED05",
  "FF01",
  "MD01",
  "MD02",
  "MD06",
  "MD07",
  "MS02",
  "MS03",
  "RC01",
  "RR01",
  "RR02",
  "RR03",
  "RR04",
  "SL01",
];

const get = (code: string): ReasonCodeInfo => {
  const info = getReasonCode(code);
  if (!info) throw new Error(`missing ${code}`);
  return info;
};

describe("reason-code catalogue", () => {
  it.each(REQUIRED)("contains %s with complete texts in both languages", (code) => {
    const info = get(code);
    expect(info.code).toBe(code);
    expect(info.isoName).toMatch(/^[A-Z][A-Za-z]+$/);
    for (const text of [info.staff, info.consumer, info.advice]) {
      expect(text.nl.trim().length).toBeGreaterThan(10);
      expect(text.en.trim().length).toBeGreaterThan(10);
      expect(text.nl).not.toBe(text.en);
    }
    expect(info.rTypes.length).toBeGreaterThan(0);
    for (const k of info.rTypes) expect(REVERSAL_KINDS).toContain(k);
    expect(["allowed", "ask-first", "never"]).toContain(info.retry);
  });

  it("has no duplicate codes and only well-formed ones", () => {
    const codes = REASON_CODES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z0-9]{4}$/);
  });

  it("has no duplicate R-types within an entry", () => {
    for (const r of REASON_CODES) expect(new Set(r.rTypes).size).toBe(r.rTypes.length);
  });

  it("addresses consumers informally (je-form, never u)", () => {
    for (const r of REASON_CODES) {
      expect(r.consumer.nl).not.toMatch(/\b(u|uw)\b/i);
      expect(r.consumer.nl).toMatch(/[.!]$/);
    }
  });

  it("does not list SEPA credit-transfer recall codes as SDD reasons", () => {
    for (const c of ["FOCR", "DUPL", "TECH", "FRAD", "CUST"]) expect(getReasonCode(c)).toBeUndefined();
  });

  it("uses the AM04 consumer sentence", () => {
    expect(get("AM04").consumer.nl).toBe(
      "Er stond op het moment van afschrijven niet genoeg saldo op je rekening.",
    );
  });

  it("lists all codes sorted", () => {
    const list = listReasonCodes();
    expect(list).toHaveLength(REASON_CODES.length);
    expect(list.map((r) => r.code)).toEqual([...list.map((r) => r.code)].sort());
    // The list is a copy: mutating it must not touch the catalogue.
    list.pop();
    expect(listReasonCodes()).toHaveLength(REASON_CODES.length);
  });
});

describe("retry advice", () => {
  it.each([
    ["AM04", "allowed"],
    ["MS03", "ask-first"],
    ["MD06", "never"],
    ["MS02", "never"],
    ["MD01", "never"],
    ["AC04", "never"],
    ["AC01", "never"],
    ["MD07", "never"],
    ["SL01", "never"],
    ["RR04", "never"],
    ["AG02", "allowed"],
    ["FF01", "allowed"],
  ] as const)("%s → %s", (code, retry) => {
    expect(get(code).retry).toBe(retry);
  });

  it("AC04 tells staff to ask for a new IBAN", () => {
    expect(get("AC04").advice.nl).toMatch(/IBAN/);
    expect(get("AC04").advice.en).toMatch(/new IBAN/);
  });

  it("MS03 mentions that it may hide insufficient funds", () => {
    expect(get("MS03").staff.en).toMatch(/insufficient funds/i);
    expect(get("MS03").advice.nl).toMatch(/saldo/);
  });
});

describe("R-types", () => {
  it("MD06 is only a refund, MD01 can also be a (13-month) refund", () => {
    expect(get("MD06").rTypes).toEqual(["REFUND"]);
    expect(get("MD01").rTypes).toContain("REFUND");
    expect(get("MD01").staff.en).toMatch(/13 months/);
    expect(get("MD06").staff.en).toMatch(/8 weeks/);
  });

  it("MS02 is the refusal code and AM05 may be a creditor reversal", () => {
    expect(get("MS02").rTypes).toContain("REFUSAL");
    expect(get("AM05").rTypes).toContain("REVERSAL");
  });

  it("CNOR and DNOR only occur as rejects", () => {
    expect(get("CNOR").rTypes).toEqual(["REJECT"]);
    expect(get("DNOR").rTypes).toEqual(["REJECT"]);
  });

  it("marks AC13 as B2B-only", () => {
    expect(get("AC13").b2bOnly).toBe(true);
    expect(get("AM04").b2bOnly).toBeUndefined();
  });
});

describe("getReasonCode / describeReason", () => {
  it("normalises case and whitespace", () => {
    expect(getReasonCode(" am04\n")?.code).toBe("AM04");
    expect(describeReason("md06 ")).toMatchObject({ known: true, code: "MD06" });
  });

  it("flags unknown codes and keeps them as they came (trimmed, upper-cased)", () => {
    expect(describeReason(" xy99 ")).toEqual({ known: false, code: "XY99" });
    expect(describeReason("focr", "RETURN")).toEqual({ known: false, code: "FOCR", kind: "RETURN" });
    expect(describeReason("")).toEqual({ known: false, code: "" });
    expect(getReasonCode("XY99")).toBeUndefined();
  });

  it("reports whether a code is expected for the given kind", () => {
    const refund = describeReason("MD06", "REFUND");
    expect(refund).toMatchObject({ known: true, kind: "REFUND", expectedForKind: true });
    expect(describeReason("MD06", "REJECT")).toMatchObject({ known: true, expectedForKind: false });
    expect(describeReason("AM04")).toMatchObject({ known: true, expectedForKind: true });
  });

  it("adds the kind-specific note when there is one", () => {
    const md01 = describeReason("MD01", "REFUND");
    if (!md01.known) throw new Error("MD01 must be known");
    expect(md01.kindNote?.en).toMatch(/13 months/);
    const md01Reject = describeReason("MD01", "REJECT");
    if (!md01Reject.known) throw new Error("MD01 must be known");
    expect(md01Reject.kindNote).toBeUndefined();
  });
});
