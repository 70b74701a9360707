import { countrySpecs, electronicFormatIBAN, isValidIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { ibanChecksumValid, loosePhone } from "@/features/responses/field-checks";
import { normalisePhone, serverFieldChecks } from "@/features/responses/field-checks.server";
import { buildResponseSchema, issuesByField, normaliseIbanInput } from "@/features/responses/schemas";

const VALID_IBANS = [
  "NL91ABNA0417164300",
  "BE68539007547034",
  "DE89370400440532013000",
  "FR1420041010050500013M02606",
  "GB29NWBK60161331926819",
  "AT611904300234573201",
  "ES9121000418450200051332",
  "IT60X0542811101000000123456",
  "LU280019400644750000",
  "CH9300762011623852957",
  "NO9386011117947",
  "MT84MALT011000012345MTLCAST001S",
];

describe("ibanChecksumValid (the browser's IBAN check)", () => {
  it("accepts what ibantools accepts", () => {
    for (const iban of VALID_IBANS) {
      expect(isValidIBAN(iban)).toBe(true);
      expect(ibanChecksumValid(iban)).toBe(true);
    }
  });

  it("refuses every single-character change and every swap of neighbours that ibantools refuses", () => {
    for (const iban of VALID_IBANS.slice(0, 4)) {
      for (let i = 2; i < iban.length; i++) {
        const digit = iban[i] ?? "0";
        const changed = iban.slice(0, i) + (digit === "7" ? "3" : "7") + iban.slice(i + 1);
        if (!isValidIBAN(changed)) expect(ibanChecksumValid(changed), changed).toBe(false);
        const swapped = iban.slice(0, i - 1) + iban[i] + iban[i - 1] + iban.slice(i + 1);
        if (!isValidIBAN(swapped)) expect(ibanChecksumValid(swapped), swapped).toBe(false);
      }
    }
  });

  it("refuses malformed input: wrong length for the country, lower case, separators, letters in the check digits", () => {
    for (const bad of [
      "NL91ABNA041716430",
      "NL91ABNA04171643000",
      "nl91abna0417164300",
      "NL91 ABNA 0417 1643 00",
      "NLAAABNA0417164300",
      "",
      "NL",
    ])
      expect(ibanChecksumValid(bad), bad).toBe(false);
  });

  it("knows the SEPA country lengths ibantools knows", () => {
    for (const cc of [
      "AD",
      "AT",
      "BE",
      "BG",
      "CH",
      "CY",
      "CZ",
      "DE",
      "DK",
      "EE",
      "ES",
      "FI",
      "FR",
      "GB",
      "GI",
      "GR",
      "HR",
      "HU",
      "IE",
      "IS",
      "IT",
      "LI",
      "LT",
      "LU",
      "LV",
      "MC",
      "MT",
      "NL",
      "NO",
      "PL",
      "PT",
      "RO",
      "SE",
      "SI",
      "SK",
      "SM",
      "VA",
    ]) {
      const spec = countrySpecs[cc];
      expect(spec?.chars, cc).toBeGreaterThan(0);
      // A valid-looking IBAN of the right length passes the length gate (mod 97 aside), one char longer does not.
      const body = "0".repeat((spec?.chars ?? 0) - 4);
      expect(ibanChecksumValid(`${cc}00${body}0`)).toBe(false);
    }
  });

  it("normalises as ibantools does before checking", () => {
    for (const raw of [" nl91 abna 0417 1643 00 ", "NL91-ABNA-0417-1643-00", "be68 5390 0754 7034"])
      expect(normaliseIbanInput(raw)).toBe(electronicFormatIBAN(raw.trim()));
  });
});

describe("loosePhone (the browser's phone check)", () => {
  it("lets through every number libphonenumber accepts", () => {
    for (const n of [
      "06 12345678",
      "06-12345678",
      "020-1234567",
      "+31 (0)20 123 4567",
      "+31612345678",
      "0031612345678",
      "+32 470 12 34 56",
    ]) {
      expect(normalisePhone(n), n).not.toBeNull();
      expect(loosePhone(n), n).not.toBeNull();
    }
  });

  it("refuses what is plainly not a phone number", () => {
    for (const n of ["12", "12345", "bel me", "06 1234 5678 ext 1", "+31+612345678", "1234567890123456"])
      expect(loosePhone(n), n).toBeNull();
  });
});

describe("one schema, two sets of checks", () => {
  const ctx = { today: "2026-12-03", recollectMinDays: 5, recollectMaxDays: 30 };
  const browser = buildResponseSchema(ctx);
  const server = buildResponseSchema(ctx, serverFieldChecks);

  it("gives the same verdicts in the browser and on the server for ordinary input", () => {
    const cases: Record<string, unknown>[] = [
      {},
      { reason: "nonsense" },
      { reason: "other", otherText: "   " },
      { reason: "other", otherText: "x".repeat(1001) },
      { reason: "insufficient_funds" },
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "2026-12-12" },
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "2026-12-09" },
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "03-12-2026" },
      { reason: "insufficient_funds", resolution: "recollect", recollectDate: "2026-12-10" },
      { reason: "insufficient_funds", resolution: "arrangement", instalments: "7" },
      { reason: "insufficient_funds", resolution: "arrangement", instalments: "2.5" },
      { reason: "insufficient_funds", resolution: "arrangement", instalments: "drie" },
      { reason: "insufficient_funds", resolution: "arrangement", instalments: "3" },
      { reason: "new_account", newIban: "NL91ABNA0417164301", accountHolder: "X Y", mandateConsent: "on" },
      { reason: "new_account", newIban: "nl91 abna 0417 1643 00", accountHolder: "X Y" },
      {
        reason: "new_account",
        newIban: "nl91 abna 0417 1643 00",
        accountHolder: "X Y",
        mandateConsent: true,
      },
      { reason: "call_me", phone: "12", timeWindow: "morning" },
      { reason: "call_me", timeWindow: "night" },
      { reason: "not_recognised", callbackRequested: "on" },
      { reason: "not_recognised", notRecognisedComment: "" },
    ];
    for (const raw of cases) {
      const b = browser.safeParse(raw);
      const s = server.safeParse(raw);
      expect(b.success, JSON.stringify(raw)).toBe(s.success);
      if (!b.success && !s.success)
        expect(issuesByField(b.error), JSON.stringify(raw)).toEqual(issuesByField(s.error));
    }
  });

  it("maps form values to message keys per field", () => {
    const r = server.safeParse({
      reason: "insufficient_funds",
      resolution: "recollect",
      recollectDate: "2026-12-12",
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(issuesByField(r.error)).toEqual({ recollectDate: "notBusinessDay" });
    const none = server.safeParse({});
    if (!none.success) expect(issuesByField(none.error)).toEqual({ reason: "chooseOption" });
  });

  it("stores numbers in E.164 on the server; a number only libphonenumber can judge is refused there", () => {
    const ok = server.safeParse({ reason: "call_me", phone: "06 12345678", timeWindow: "evening" });
    expect(ok.success && ok.data.reason === "call_me" && ok.data.phone).toBe("+31612345678");
    const shaky = { reason: "call_me", phone: "+31 6 1234", timeWindow: "evening" };
    expect(browser.safeParse(shaky).success).toBe(true);
    const refused = server.safeParse(shaky);
    expect(refused.success).toBe(false);
    if (!refused.success) expect(issuesByField(refused.error)).toEqual({ phone: "invalidPhone" });
  });
});
