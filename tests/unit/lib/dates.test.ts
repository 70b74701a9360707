import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addDays,
  addMonths,
  easterSunday,
  formatDate,
  formatDateTime,
  isBusinessDay,
  isIsoDate,
  parseDutchDate,
  refundWindowEnd,
  targetHolidays,
  toIsoDate,
} from "@/lib/dates";

describe("formatDate", () => {
  it("formats a calendar date in Dutch and English", () => {
    expect(formatDate("2026-12-03")).toBe("3 december 2026");
    expect(formatDate("2026-12-03", "en")).toBe("3 December 2026");
  });

  it("formats instants in Amsterdam time", () => {
    // 23:30 UTC on 31 Dec is already New Year in Amsterdam.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("1 januari 2027");
    expect(formatDate("2026-12-31T23:30:00Z", "en")).toBe("1 January 2027");
  });

  it("does not shift bare ISO dates", () => {
    expect(formatDate("2026-01-01")).toBe("1 januari 2026");
  });

  it("throws on garbage", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("uses 24-hour Amsterdam time (CET in winter, CEST in summer)", () => {
    expect(formatDateTime(new Date("2026-12-03T10:05:00Z"))).toBe("3 december 2026 om 11:05");
    expect(formatDateTime(new Date("2026-07-03T10:05:00Z"), "en")).toBe("3 July 2026 at 12:05");
    expect(formatDateTime(new Date("2026-07-03T22:05:00Z"))).toBe("4 juli 2026 om 00:05");
  });
});

describe("toIsoDate", () => {
  it("returns the Amsterdam calendar day", () => {
    expect(toIsoDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(toIsoDate(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });
});

describe("parseDutchDate", () => {
  it.each([
    ["03-12-2026", "2026-12-03"],
    ["3-12-2026", "2026-12-03"],
    ["3-2-2026", "2026-02-03"],
    ["03/12/2026", "2026-12-03"],
    ["03.12.2026", "2026-12-03"],
    ["2026-12-03", "2026-12-03"],
    ["2026/12/03", "2026-12-03"],
    ["20261203", "2026-12-03"],
    [" 29-02-2028 ", "2028-02-29"],
    ["2026-12-03T10:00:00Z", "2026-12-03"],
  ])("parses %j → %s", (input, iso) => {
    expect(parseDutchDate(input)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["31-02-2026", "impossible"],
    ["29-02-2026", "impossible"],
    ["31-04-2026", "impossible"],
    ["00-01-2026", "impossible"],
    ["01-13-2026", "impossible"],
    ["2026-02-30", "impossible"],
    ["", "empty"],
    ["03-12-26", "invalid"],
    ["03-12/2026", "invalid"],
    ["3 december 2026", "invalid"],
    ["12/03/2026x", "invalid"],
    ["01-01-1850", "out-of-range"],
  ])("rejects %j (%s)", (input, code) => {
    const r = parseDutchDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it("honours an explicit order", () => {
    expect(parseDutchDate("2026-12-03", { order: "dmy" }).ok).toBe(false);
    expect(parseDutchDate("03-12-2026", { order: "ymd" }).ok).toBe(false);
    expect(parseDutchDate("03-12-2026", { order: "dmy" })).toEqual({ ok: true, value: "2026-12-03" });
  });
});

describe("day arithmetic", () => {
  it("adds days across months, years and DST changes", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("adds months with end-of-month clamping", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-01-31", 13)).toBe("2028-02-29");
    expect(addMonths("2026-05-15", -6)).toBe("2025-11-15");
  });

  it("rejects invalid ISO input", () => {
    expect(() => addDays("31-12-2026", 1)).toThrow(RangeError);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
  });
});

describe("TARGET2 calendar", () => {
  it("computes Easter Sunday", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });

  it("lists the six closing days", () => {
    expect(targetHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("knows business days", () => {
    expect(isBusinessDay("2026-12-03")).toBe(true); // Thursday
    expect(isBusinessDay("2026-12-05")).toBe(false); // Saturday
    expect(isBusinessDay("2026-12-06")).toBe(false); // Sunday
    expect(isBusinessDay("2026-04-03")).toBe(false); // Good Friday
    expect(isBusinessDay("2026-04-06")).toBe(false); // Easter Monday
    expect(isBusinessDay("2026-05-01")).toBe(false);
    expect(isBusinessDay("2026-12-25")).toBe(false);
    expect(isBusinessDay("2027-01-01")).toBe(false);
    expect(isBusinessDay("2026-04-27")).toBe(true); // King's Day is not a TARGET holiday
    expect(isBusinessDay("2026-05-14")).toBe(true); // Ascension neither
  });

  it("adds business days", () => {
    expect(addBusinessDays("2026-12-03", 1)).toBe("2026-12-04");
    expect(addBusinessDays("2026-12-04", 1)).toBe("2026-12-07"); // over the weekend
    expect(addBusinessDays("2026-04-02", 1)).toBe("2026-04-07"); // over Easter
    expect(addBusinessDays("2026-12-24", 1)).toBe("2026-12-28");
    expect(addBusinessDays("2026-12-24", 5)).toBe("2027-01-04"); // 28,29,30,31, (1 Jan off), 4
    expect(addBusinessDays("2026-12-07", -1)).toBe("2026-12-04");
    expect(addBusinessDays("2026-12-05", 0)).toBe("2026-12-05");
    expect(() => addBusinessDays("2026-12-05", 1.5)).toThrow(RangeError);
  });
});

describe("refundWindowEnd", () => {
  it("is eight weeks for authorised debits", () => {
    expect(refundWindowEnd("2026-01-05")).toBe("2026-03-02");
    expect(refundWindowEnd("2026-01-05", true)).toBe(addDays("2026-01-05", 56));
  });

  it("is thirteen months for unauthorised debits", () => {
    expect(refundWindowEnd("2026-01-05", false)).toBe("2027-02-05");
    expect(refundWindowEnd("2026-01-31", false)).toBe("2027-02-28");
  });
});
