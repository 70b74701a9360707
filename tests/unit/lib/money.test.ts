import { describe, expect, it } from "vitest";
import { centsToDecimalString, formatMoney, parseAmountToCents } from "@/lib/money";

describe("formatMoney", () => {
  it("formats Dutch notation with a plain space after the euro sign", () => {
    expect(formatMoney(123456)).toBe("€ 1.234,56");
    expect(formatMoney(1250, "EUR", "nl")).toBe("€ 12,50");
    expect(formatMoney(0)).toBe("€ 0,00");
    expect(formatMoney(5)).toBe("€ 0,05");
    expect(formatMoney(100000000)).toBe("€ 1.000.000,00");
  });

  it("formats English notation", () => {
    expect(formatMoney(123456, "EUR", "en")).toBe("€1,234.56");
    expect(formatMoney(5, "EUR", "en")).toBe("€0.05");
  });

  it("puts the minus sign in front of the symbol", () => {
    expect(formatMoney(-123456)).toBe("-€ 1.234,56");
    expect(formatMoney(-5)).toBe("-€ 0,05");
    expect(formatMoney(-123456, "EUR", "en")).toBe("-€1,234.56");
  });

  it("never contains non-breaking or narrow spaces", () => {
    for (const v of [0, 1, -1, 123456789]) {
      expect(formatMoney(v)).not.toMatch(/[\u00a0\u202f]/);
    }
  });

  it("is exact for large amounts (no float rounding)", () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe("€ 90.071.992.547.409,91");
  });

  it("respects currencies without minor units", () => {
    expect(formatMoney(1234, "JPY", "en")).toBe("JP¥1,234");
    expect(centsToDecimalString(1234, "JPY")).toBe("1234");
  });

  it("rejects non-integer cents", () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
  });
});

describe("centsToDecimalString", () => {
  it("converts with string arithmetic", () => {
    expect(centsToDecimalString(123456)).toBe("1234.56");
    expect(centsToDecimalString(5)).toBe("0.05");
    expect(centsToDecimalString(-5)).toBe("-0.05");
    expect(centsToDecimalString(0)).toBe("0.00");
  });
});

describe("parseAmountToCents", () => {
  const ok = (input: string, opts?: Parameters<typeof parseAmountToCents>[1]) => {
    const r = parseAmountToCents(input, opts);
    if (!r.ok) throw new Error(`expected ok for '${input}': ${r.error}`);
    return r.value;
  };
  const code = (input: string, opts?: Parameters<typeof parseAmountToCents>[1]) => {
    const r = parseAmountToCents(input, opts);
    if (r.ok) throw new Error(`expected failure for '${input}', got ${r.value}`);
    return r.code;
  };

  it.each([
    ["1.234,56", 123456],
    ["12,50", 1250],
    ["1234.56", 123456],
    ["1,234.56", 123456],
    ["€ 12,50", 1250],
    ["€12,50", 1250],
    ["EUR 12,50", 1250],
    ["12,50 EUR", 1250],
    ["12,50 €", 1250],
    ["-5,00", -500],
    ["-€ 5,00", -500],
    ["€ -5,00", -500],
    ["+5", 500],
    ["12", 1200],
    ["0", 0],
    ["-0,00", 0],
    ["12,5", 1250],
    ["12.5", 1250],
    [",50", 50],
    ["1.234.567,89", 123456789],
    ["1,234,567.89", 123456789],
    ["1.234.567", 123456700],
    ["1 234,56", 123456],
    ["1\u00a0234,56", 123456],
    ["1'234.56", 123456],
    ["  12,50  ", 1250],
    ["12,5000", 1250],
    ["0012,50", 1250],
    ["\u22125,00", -500],
  ])("parses %j → %i", (input, cents) => {
    expect(ok(input)).toBe(cents);
  });

  it("uses the decimal hint only for ambiguous three-digit groups", () => {
    expect(ok("1.234", { decimal: "," })).toBe(123400);
    expect(ok("1,234", { decimal: "." })).toBe(123400);
    expect(ok("1,230", { decimal: "," })).toBe(123);
    expect(code("1,234", { decimal: "," })).toBe("too-many-decimals");
    // Unambiguous notations win over the hint.
    expect(ok("1,234.56", { decimal: "," })).toBe(123456);
    expect(ok("12.50", { decimal: "," })).toBe(1250);
    expect(ok("1.234,56", { decimal: "." })).toBe(123456);
  });

  it("refuses to guess a single separator followed by three digits without a hint", () => {
    expect(code("1.234")).toBe("ambiguous");
    expect(code("1,234")).toBe("ambiguous");
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["12,5x", "invalid"],
    ["abc", "invalid"],
    ["€", "invalid"],
    ["12,", "invalid"],
    ["1,2,3", "invalid"],
    ["1.23.456", "invalid"],
    ["12.34.56,78", "invalid"],
    ["1.234,567.89", "invalid"],
    ["1,234,56", "invalid"],
    ["12 50", "invalid"],
    ["--5", "invalid"],
    ["5-", "invalid"],
    ["1e5", "invalid"],
    ["12,345", "ambiguous"],
    ["12,555", "ambiguous"],
    ["0,001", "ambiguous"],
    ["12,5001", "too-many-decimals"],
    ["99999999999999999999", "too-large"],
  ])("rejects %j (%s)", (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it("gives a readable error message", () => {
    const r = parseAmountToCents("12,5x");
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toContain("12,5x");
  });
});
