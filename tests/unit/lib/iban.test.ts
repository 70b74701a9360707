import { describe, expect, it } from "vitest";
import { creditorIdCheckDigits, isValidCreditorId, isValidIban, maskIban, normalizeIban } from "@/lib/iban";
import { hashIban } from "@/lib/iban-hash";

describe("iban", () => {
  it("normalises to the electronic format", () => {
    expect(normalizeIban(" nl91 abna 0417 1643 00 ")).toBe("NL91ABNA0417164300");
    expect(normalizeIban("NL91-ABNA-0417-1643-00")).toBe("NL91ABNA0417164300");
    expect(normalizeIban("")).toBe("");
  });

  it("validates check digits and country length", () => {
    expect(isValidIban("NL91ABNA0417164300")).toBe(true);
    expect(isValidIban("nl91 abna 0417 1643 00")).toBe(true);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("NL91ABNA0417164301")).toBe(false); // wrong check
    expect(isValidIban("NL91ABNA041716430")).toBe(false); // too short
    expect(isValidIban("")).toBe(false);
  });

  it("masks all but country, check digits and the last four", () => {
    expect(maskIban("NL91ABNA0417164300")).toBe("NL91 **** **** **43 00");
    expect(maskIban("nl91 abna 0417 1643 00")).toBe("NL91 **** **** **43 00");
    expect(maskIban("DE89370400440532013000")).toBe("DE89 **** **** **** **30 00");
    expect(maskIban("NL91ABNA0417164300")).not.toContain("0417");
  });

  it("hashes the normalised IBAN so spacing and case do not matter", () => {
    const h = hashIban("NL91ABNA0417164300");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIban("nl91 abna 0417 1643 00")).toBe(h);
    expect(hashIban("NL20INGB0001234567")).not.toBe(h);
  });

  it("checks SEPA creditor identifiers (mod 97 without the business code)", () => {
    expect(isValidCreditorId("DE98ZZZ09999999999")).toBe(true); // the Bundesbank's published example
    expect(isValidCreditorId("de98 zzz 0999 9999 999")).toBe(true);
    expect(isValidCreditorId("DE97ZZZ09999999999")).toBe(false);
    expect(isValidCreditorId("NL98ZZZ")).toBe(false);
    const nl = `NL${creditorIdCheckDigits("NL", "123456780000")}ZZZ123456780000`;
    expect(isValidCreditorId(nl)).toBe(true);
  });
});
