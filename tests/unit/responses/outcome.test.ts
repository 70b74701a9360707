import { describe, expect, it } from "vitest";
import { brandColours, contrastRatio } from "@/features/responses/brand";
import { describeOutcome, splitInstalments } from "@/features/responses/outcome";
import { isBusinessDay } from "@/lib/dates";

const facts = {
  amountCents: 4250,
  currency: "EUR",
  creditorName: "Waterbedrijf",
  creditorIban: "NL91ABNA0417164300",
  reference: "F2026-1",
};

describe("describeOutcome", () => {
  it("says in plain Dutch when the amount is collected again", () => {
    expect(
      describeOutcome(
        {
          ...facts,
          reason: "insufficient_funds",
          answers: { reason: "insufficient_funds", resolution: "recollect", preferredDate: "2026-12-10" },
        },
        "nl",
      ),
    ).toBe("We schrijven € 42,50 opnieuw af op 10 december 2026.");
    expect(
      describeOutcome(
        {
          ...facts,
          reason: "insufficient_funds",
          answers: { reason: "insufficient_funds", resolution: "recollect", preferredDate: "2026-12-10" },
        },
        "en",
      ),
    ).toBe("We will collect €42.50 again on 10 December 2026.");
  });

  it("names IBAN and reference for a transfer, the first instalment for an arrangement", () => {
    const pay = describeOutcome(
      {
        ...facts,
        reason: "insufficient_funds",
        answers: { reason: "insufficient_funds", resolution: "pay" },
      },
      "nl",
    );
    expect(pay).toContain("NL91 ABNA 0417 1643 00");
    expect(pay).toContain("F2026-1");
    const arr = describeOutcome(
      {
        ...facts,
        reason: "insufficient_funds",
        answers: {
          reason: "insufficient_funds",
          resolution: "arrangement",
          instalments: 4,
          firstDueOn: "2026-12-10",
        },
      },
      "nl",
    );
    expect(arr).toBe(
      "Je betaalt € 42,50 in 4 termijnen. De eerste termijn van € 10,64 schrijven we af op 10 december 2026.",
    );
  });
});

describe("splitInstalments", () => {
  it("splits cents exactly over business-day due dates, refusing nonsense", () => {
    for (const [total, n] of [
      [4250, 4],
      [100, 3],
      [999_999, 6],
      [2, 2],
    ] as const) {
      const s = splitInstalments(total, n, "2026-12-31");
      expect(s).toHaveLength(n);
      expect(s.reduce((a, i) => a + i.amountCents, 0)).toBe(total);
      expect(s.every((i) => isBusinessDay(i.dueOn))).toBe(true);
      expect(
        Math.max(...s.map((i) => i.amountCents)) - Math.min(...s.map((i) => i.amountCents)),
      ).toBeLessThan(n);
    }
    expect(() => splitInstalments(0, 2, "2026-12-31")).toThrow();
    expect(() => splitInstalments(100, 0, "2026-12-31")).toThrow();
  });
});

describe("brandColours", () => {
  it("picks the readable foreground (≥ 4.5:1 for sensible brand colours) and falls back on junk", () => {
    for (const c of ["#0f766e", "#ffd700", "#1e3a8a", "#f97316", "#ffffff", "#000000", "#777777"]) {
      const { brand, foreground } = brandColours(c);
      expect(contrastRatio(brand, foreground)).toBeGreaterThanOrEqual(4.5);
    }
    expect(brandColours("#ffd700").foreground).toBe("#0f172a");
    expect(brandColours("#1e3a8a").foreground).toBe("#ffffff");
    expect(brandColours("red; background:url(x)").brand).toBe("#0f766e");
    expect(brandColours(null).brand).toBe("#0f766e");
  });
});
