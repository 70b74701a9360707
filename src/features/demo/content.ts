// Fixed texts and choices for the demo creditor. Kept apart from the generator so the copy can be
// read (and corrected) without wading through the timeline logic.

import type { ReversalKind } from "@/generated/prisma/client";

export const CREDITOR = {
  name: "Waterbedrijf Lage Landen B.V.",
  shortName: "Waterbedrijf Lage Landen",
  // Fictional KvK number; the creditor id gets real check digits in the generator.
  kvk: "61234567",
  mandatePrefix: "WLL",
  bankCode: "INGB",
  bic: "INGBNL2A",
  // Reserved .example domain: a demo must never mail a real company's customers or spoof its domain.
  domain: "waterbedrijf-lagelanden.example",
  smsSender: "LageLanden",
  supportPhone: "+31881234567",
  supportPhoneDisplay: "088 123 45 67",
  brandColor: "#1d6fa5",
} as const;

export const MONTHS_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

export interface ReasonSpec {
  code: string;
  count: number;
  kinds: readonly (readonly [ReversalKind, number])[];
  /** What some banks put in AddtlRtrInf; most send nothing. */
  info?: string;
}

// 150 reversals in a mix seen at Dutch consumer creditors: refunds on request and insufficient funds
// dominate; a few unknown codes show how the app flags them.
export const REASONS: readonly ReasonSpec[] = [
  { code: "MD06", count: 50, kinds: [["REFUND", 1]], info: "Terugboeking op verzoek van de klant" },
  {
    code: "AM04",
    count: 41,
    kinds: [
      ["RETURN", 4],
      ["REJECT", 1],
    ],
    info: "Onvoldoende saldo",
  },
  {
    code: "MS03",
    count: 12,
    kinds: [
      ["RETURN", 7],
      ["REJECT", 3],
    ],
  },
  {
    code: "MS02",
    count: 11,
    kinds: [
      ["REFUSAL", 1],
      ["RETURN", 1],
    ],
    info: "Geweigerd door klant",
  },
  {
    code: "AC04",
    count: 8,
    kinds: [
      ["RETURN", 7],
      ["REJECT", 3],
    ],
    info: "Rekening opgeheven",
  },
  { code: "MD01", count: 6, kinds: [["REFUND", 1]], info: "Geen machtiging" },
  { code: "SL01", count: 6, kinds: [["RETURN", 1]], info: "Incasso geblokkeerd door klant" },
  {
    code: "AC06",
    count: 5,
    kinds: [
      ["RETURN", 3],
      ["REJECT", 2],
    ],
    info: "Rekening geblokkeerd",
  },
  {
    code: "AC01",
    count: 5,
    kinds: [
      ["REJECT", 1],
      ["RETURN", 1],
    ],
    info: "Rekeningnummer onjuist",
  },
  { code: "MD07", count: 3, kinds: [["RETURN", 1]], info: "Rekeninghouder overleden" },
  { code: "XT99", count: 2, kinds: [["RETURN", 1]] },
  { code: "ZZ42", count: 1, kinds: [["RETURN", 1]] },
];

/** Codes the app knows; anything else is held for review in the demo. */
export const KNOWN_CODES = new Set(REASONS.map((r) => r.code).filter((c) => c !== "XT99" && c !== "ZZ42"));

// The demo's answers are the response form's own reasons.
export { RESPONSE_REASONS, type ResponseReason } from "@/features/responses/schemas";

import type { ResponseReason } from "@/features/responses/schemas";

// What consumers tend to answer, by bank reason code.
export const LIKELY_REASONS: Record<string, readonly (readonly [ResponseReason, number])[]> = {
  MD06: [
    ["not_recognised", 3],
    ["disagree_amount", 3],
    ["insufficient_funds", 3],
    ["call_me", 2],
    ["other", 2],
  ],
  AM04: [
    ["insufficient_funds", 9],
    ["call_me", 1],
  ],
  MS03: [
    ["insufficient_funds", 6],
    ["new_account", 1],
    ["other", 1],
  ],
  MS02: [
    ["disagree_amount", 3],
    ["not_recognised", 2],
    ["call_me", 1],
    ["other", 1],
  ],
  AC04: [["new_account", 1]],
  AC06: [
    ["new_account", 2],
    ["insufficient_funds", 1],
  ],
  AC01: [
    ["new_account", 3],
    ["other", 1],
  ],
  MD01: [
    ["not_recognised", 3],
    ["call_me", 1],
  ],
  SL01: [
    ["new_account", 1],
    ["other", 1],
    ["call_me", 1],
  ],
  MD07: [["other", 1]],
};

export const COMMENTS: Record<"nl" | "en", Partial<Record<ResponseReason, readonly string[]>>> = {
  nl: {
    not_recognised: [
      "Ik herken dit bedrag niet, ik dacht dat ik al had betaald.",
      "Ik woon sinds de zomer niet meer op dit adres.",
      "Waarvoor is deze incasso? Ik heb geen factuur ontvangen.",
    ],
    disagree_amount: [
      "Mijn voorschot is verlaagd, dit bedrag klopt niet.",
      "Het bedrag is hoger dan afgesproken.",
      "De meterstand die jullie gebruiken is te hoog.",
    ],
    other: [
      "Ik ben overgestapt naar een andere bank.",
      "Graag per factuur betalen in plaats van automatische incasso.",
      "Ik heb de incasso per ongeluk teruggeboekt.",
    ],
  },
  en: {
    not_recognised: ["I don't recognise this payment.", "I moved out in the summer."],
    disagree_amount: ["The amount is higher than agreed.", "My monthly advance was lowered."],
    other: ["I switched banks last month.", "I reversed it by mistake, sorry."],
  },
};

export const DECEASED_COMMENT =
  "Mijn vader is overleden. Graag contact opnemen met de notaris over de nalatenschap.";

export const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"] as const;

export const DEBTOR_BANKS = [
  ["INGB", 36],
  ["RABO", 30],
  ["ABNA", 20],
  ["SNSB", 5],
  ["BUNQ", 4],
  ["ASNB", 2],
  ["KNAB", 2],
  ["TRIO", 1],
] as const;

export const CALL_OUTCOMES = {
  reached: [
    "Gesproken met klant; betaalt deze week per overboeking.",
    "Klant bereikt, nieuwe incassodatum afgesproken.",
    "Klant bereikt, betalingsregeling afgesproken.",
  ],
  notReached: [
    "Geen gehoor, voicemail ingesproken.",
    "Drie keer gebeld zonder gehoor.",
    "Nummer niet in gebruik.",
  ],
} as const;
