/**
 * Money helpers. Amounts are always integer minor units (cents) plus an ISO 4217 currency code;
 * floats never enter the picture — parsing and formatting work on digit strings.
 */

export type UiLocale = "nl" | "en";

/** Outcome of a parse: callers branch on `ok` instead of catching exceptions. */
export type ParseResult<T, C extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: string; code: C };

export type AmountErrorCode = "empty" | "invalid" | "ambiguous" | "too-many-decimals" | "too-large";

// en-GB rather than en-US: European grouping conventions and "3 December 2026" style dates.
const INTL_LOCALE: Record<UiLocale, string> = { nl: "nl-NL", en: "en-GB" };

// Intl output uses U+00A0 / U+202F depending on ICU version; we normalise to a plain space so
// snapshots, e-mails and SMS bodies are byte-identical everywhere.
const ODD_SPACES = /[\u00a0\u202f\u2007\u2009]/g;

const formatterCache = new Map<string, Intl.NumberFormat>();

function currencyFormatter(locale: UiLocale, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency });
    formatterCache.set(key, f);
  }
  return f;
}

/** Number of minor-unit digits for a currency (EUR 2, JPY 0), as ICU knows it. */
export function currencyMinorDigits(currency = "EUR"): number {
  return currencyFormatter("en", currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Integer minor units → exact decimal string ("-123456" → "-1234.56"), no float division. */
export function centsToDecimalString(cents: number, currency = "EUR"): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`Amount must be an integer number of cents: ${cents}`);
  const digits = currencyMinorDigits(currency);
  const negative = cents < 0;
  const abs = String(Math.abs(cents)).padStart(digits + 1, "0");
  const body = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return negative ? `-${body}` : body;
}

/**
 * Formats cents for display.
 *
 * nl → `€ 1.234,56`, en → `€1,234.56`.
 * Negative amounts: ICU's nl-NL gives `€ -1.234,56`; we deliberately put the sign in front of the
 * symbol (`-€ 1.234,56`, en `-€1,234.56`) because that is how Dutch invoices and bank statements
 * write it, and a leading sign is harder to overlook in tables.
 */
export function formatMoney(cents: number, currency = "EUR", locale: UiLocale = "nl"): string {
  const decimal = centsToDecimalString(cents, currency);
  const negative = decimal.startsWith("-");
  const abs = negative ? decimal.slice(1) : decimal;
  // Intl.NumberFormat accepts decimal strings and formats them exactly (no float round-trip).
  const formatted = currencyFormatter(locale, currency)
    .format(abs as unknown as number)
    .replace(ODD_SPACES, " ");
  return negative && !/^[0.]+$/.test(abs) ? `-${formatted}` : formatted;
}

export interface ParseAmountOptions {
  /**
   * Which character is the decimal separator in the source. Only consulted when the input is
   * genuinely ambiguous (a single `.` or `,` followed by exactly three digits, e.g. `1.234`).
   */
  decimal?: "," | ".";
}

const THOUSANDS_ONLY = new Set([" ", "'"]);

/**
 * Parses a human-entered amount into integer cents (two decimals, i.e. EUR-style minor units).
 *
 * Accepted: `1.234,56`, `12,50`, `1234.56`, `1,234.56`, `€ 12,50`, `EUR 12,50`, `12,50 €`, `-5,00`,
 * `+5`, `12`, `,50`, `1 234,56`, `1'234.56`.
 *
 * Rules, in order:
 * 1. Currency markers (`€`, `EUR`) and surrounding whitespace are stripped; one leading `+`/`-`
 *    (also before/after the symbol) is the sign.
 * 2. Both `.` and `,` present → the last one is the decimal separator, the other groups thousands.
 * 3. One kind of separator appearing more than once → thousands grouping (`1.234.567`).
 * 4. A single separator followed by 1–2 or 4+ digits → decimal separator (`12.5`, `12,50`).
 * 5. A single separator followed by exactly 3 digits (`1.234`, `1,234`) is ambiguous: with a
 *    `decimal` hint the separator is decimal only if it equals the hint, otherwise thousands; without a
 *    hint we refuse rather than guess (a wrong guess is a factor 1000).
 * 6. Thousands groups must be well-formed (1–3 leading digits, then groups of exactly 3).
 * 7. More than two decimals is an error unless the extra digits are zeros (`12,500` with hint `,`
 *    → 1250 cents).
 * The hint never overrides an unambiguous notation: `1,234.56` is 123456 cents whatever the hint.
 */
export function parseAmountToCents(
  input: string,
  opts: ParseAmountOptions = {},
): ParseResult<number, AmountErrorCode> {
  const fail = (code: AmountErrorCode, error: string): ParseResult<number, AmountErrorCode> => ({
    ok: false,
    code,
    error,
  });

  let s = input
    .replace(ODD_SPACES, " ")
    .replace(/\u2212/g, "-")
    .trim();
  if (s === "") return fail("empty", "Empty amount");

  // Sign and currency markers may come in either order: "-€ 5", "€ -5", "EUR -5", "5 EUR".
  let negative = false;
  let sawSign = false;
  const takeSign = (): void => {
    const c = s[0];
    if (c === "-" || c === "+") {
      if (sawSign) return;
      sawSign = true;
      negative = c === "-";
      s = s.slice(1).trimStart();
    }
  };
  takeSign();
  s = s.replace(/^(€|EUR)\s*/i, "");
  takeSign();
  s = s.replace(/\s*(€|EUR)$/i, "");
  if (s === "") return fail("invalid", `Not an amount: '${input}'`);

  const m = /^(\d*)((?:[.,' ]\d+)*)$/.exec(s);
  if (!m) return fail("invalid", `Not an amount: '${input}'`);
  const lead = m[1] ?? "";
  const rest = m[2] ?? "";

  // Split "1.234,56" into separators [".", ","] and digit groups ["1", "234", "56"].
  const seps: string[] = [];
  const groups: string[] = [lead];
  for (const g of rest.matchAll(/([.,' ])(\d+)/g)) {
    seps.push(g[1] ?? "");
    groups.push(g[2] ?? "");
  }

  let decimalIndex = -1; // index into seps of the decimal separator, -1 = integer
  if (seps.length > 0) {
    const lastIdx = seps.length - 1;
    const last = seps[lastIdx] ?? "";
    const lastDigits = groups[lastIdx + 1] ?? "";
    if (!THOUSANDS_ONLY.has(last)) {
      const sameAsLast = seps.filter((x) => x === last).length;
      const otherPunct = seps.some((x) => x !== last && !THOUSANDS_ONLY.has(x));
      if (otherPunct) {
        decimalIndex = sameAsLast === 1 ? lastIdx : -2;
      } else if (sameAsLast > 1) {
        decimalIndex = -1;
      } else if (lastDigits.length !== 3) {
        decimalIndex = lastIdx;
      } else if (opts.decimal) {
        decimalIndex = opts.decimal === last ? lastIdx : -1;
      } else {
        return fail(
          "ambiguous",
          `Ambiguous amount '${input}': '${last}' could be a decimal or a thousands separator`,
        );
      }
    }
  }
  if (decimalIndex === -2) return fail("invalid", `Not an amount: '${input}'`);

  const intGroups = decimalIndex >= 0 ? groups.slice(0, decimalIndex + 1) : groups;
  const thousandSeps = decimalIndex >= 0 ? seps.slice(0, decimalIndex) : seps;
  const fraction = decimalIndex >= 0 ? (groups[decimalIndex + 1] ?? "") : "";

  if (thousandSeps.length > 0) {
    const kinds = new Set(thousandSeps);
    const first = intGroups[0] ?? "";
    const wellFormed =
      kinds.size === 1 &&
      (decimalIndex < 0 || !kinds.has(seps[decimalIndex] ?? "")) &&
      first.length >= 1 &&
      first.length <= 3 &&
      intGroups.slice(1).every((g) => g.length === 3);
    if (!wellFormed) return fail("invalid", `Malformed thousands grouping in '${input}'`);
  }

  const intPart = intGroups.join("");
  if (intPart === "" && fraction === "") return fail("invalid", `Not an amount: '${input}'`);
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) {
    return fail("too-many-decimals", `Amount '${input}' has more than two decimals`);
  }
  const centsStr = `${intPart}${fraction.slice(0, 2).padEnd(2, "0")}`.replace(/^0+(?=\d)/, "");
  const cents = Number(centsStr);
  if (!Number.isSafeInteger(cents)) return fail("too-large", `Amount '${input}' is too large`);
  return { ok: true, value: negative && cents !== 0 ? -cents : cents };
}
