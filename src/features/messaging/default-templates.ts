import type { MessageChannel, MessageLocale } from "./types";

export interface TemplateText {
  /** E-mail only. */
  subject: string | null;
  /** Plain text: the SMS, the spoken voice text, or the e-mail's text part (its HTML is derived from it). */
  body: string;
  /** Optional hand-written HTML for e-mail; null = derived from `body` inside the branded layout. */
  bodyHtml: string | null;
}

/** The template keys the product uses. Workflows may only send these. */
export const TEMPLATE_KEYS = [
  "invitation",
  "reminder",
  "response_confirmation",
  "recollection_notice",
  "voice_link",
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

type Defaults = Partial<Record<MessageChannel, Record<MessageLocale, TemplateText>>>;

const t = (subject: string | null, body: string): TemplateText => ({ subject, body, bodyHtml: null });

// Built-in texts, used whenever no MessageTemplate row overrides them. A line that holds only {link}
// becomes a button in the HTML e-mail.
export const DEFAULT_TEMPLATES: Record<TemplateKey, Defaults> = {
  invitation: {
    EMAIL: {
      nl: t(
        "Uw incasso van {amount} is teruggeboekt",
        "Beste {name},\n\nOp {collectionDate} hebben wij {amount} bij u geïncasseerd. Deze incasso is teruggeboekt.\n\nWilt u ons laten weten wat er aan de hand is? Dat kost u minder dan een minuut:\n\n{link}\n\nReageer graag vóór {dueDate}.\n\nMet vriendelijke groet,\n{creditorName}",
      ),
      en: t(
        "Your direct debit of {amount} was reversed",
        "Dear {name},\n\nOn {collectionDate} we collected {amount} from your account. This direct debit was reversed.\n\nPlease let us know what happened; it takes less than a minute:\n\n{link}\n\nPlease respond before {dueDate}.\n\nKind regards,\n{creditorName}",
      ),
    },
    SMS: {
      nl: t(null, "{creditorName}: uw incasso van {amount} is teruggeboekt. Laat ons weten waarom: {link}"),
      en: t(null, "{creditorName}: your direct debit of {amount} was reversed. Tell us why: {link}"),
    },
    VOICE: {
      nl: t(
        null,
        "Goedendag, dit is een automatisch bericht van {creditorName} voor {name}. Uw incasso van {amount} is teruggeboekt. Wij horen graag waarom.",
      ),
      en: t(
        null,
        "Hello, this is an automated message from {creditorName} for {name}. Your direct debit of {amount} was reversed. We would like to know why.",
      ),
    },
  },
  reminder: {
    EMAIL: {
      nl: t(
        "Herinnering: uw incasso van {amount} is teruggeboekt",
        "Beste {name},\n\nWij hebben nog niets van u gehoord over de teruggeboekte incasso van {amount}. Laat u ons weten wat er aan de hand is?\n\n{link}\n\nReageer graag vóór {dueDate}.\n\nMet vriendelijke groet,\n{creditorName}",
      ),
      en: t(
        "Reminder: your direct debit of {amount} was reversed",
        "Dear {name},\n\nWe have not heard from you yet about the reversed direct debit of {amount}. Would you let us know what happened?\n\n{link}\n\nPlease respond before {dueDate}.\n\nKind regards,\n{creditorName}",
      ),
    },
    SMS: {
      nl: t(
        null,
        "{creditorName}: herinnering, uw incasso van {amount} staat nog open. Laat ons weten wat er aan de hand is: {link}",
      ),
      en: t(
        null,
        "{creditorName}: reminder, your direct debit of {amount} is still open. Let us know: {link}",
      ),
    },
    VOICE: {
      nl: t(
        null,
        "Goedendag, dit is een herinnering van {creditorName} voor {name}. Uw teruggeboekte incasso van {amount} staat nog open.",
      ),
      en: t(
        null,
        "Hello, this is a reminder from {creditorName} for {name}. Your reversed direct debit of {amount} is still open.",
      ),
    },
  },
  response_confirmation: {
    EMAIL: {
      nl: t(
        "Bedankt voor uw reactie",
        "Beste {name},\n\nBedankt voor uw reactie over de teruggeboekte incasso van {amount}. U hoort binnen twee werkdagen van ons.\n\nMet vriendelijke groet,\n{creditorName}",
      ),
      en: t(
        "Thank you for your response",
        "Dear {name},\n\nThank you for your response about the reversed direct debit of {amount}. We will get back to you within two working days.\n\nKind regards,\n{creditorName}",
      ),
    },
    SMS: {
      nl: t(null, "{creditorName}: bedankt voor uw reactie. U hoort binnen twee werkdagen van ons."),
      en: t(
        null,
        "{creditorName}: thank you for your response. We will get back to you within two working days.",
      ),
    },
  },
  recollection_notice: {
    EMAIL: {
      nl: t(
        "Nieuwe incasso op {dueDate}",
        "Beste {name},\n\nZoals afgesproken schrijven wij {amount} op {dueDate} opnieuw af.\n\nMet vriendelijke groet,\n{creditorName}",
      ),
      en: t(
        "New direct debit on {dueDate}",
        "Dear {name},\n\nAs agreed, we will collect {amount} again on {dueDate}.\n\nKind regards,\n{creditorName}",
      ),
    },
    SMS: {
      nl: t(null, "{creditorName}: zoals afgesproken schrijven wij {amount} op {dueDate} opnieuw af."),
      en: t(null, "{creditorName}: as agreed, we will collect {amount} again on {dueDate}."),
    },
  },
  // Sent when the consumer presses 1 in the voice message.
  voice_link: {
    SMS: {
      nl: t(null, "{creditorName}: hier is uw persoonlijke link, zoals gevraagd: {link}"),
      en: t(null, "{creditorName}: here is your personal link, as requested: {link}"),
    },
  },
};

/** Every variable a template may use, with sample values for the preview. */
export const TEMPLATE_VARIABLES = {
  name: { nl: "J. de Vries", en: "J. de Vries" },
  amount: { nl: "€ 42,50", en: "€42.50" },
  link: { nl: "https://example.nl/r/voorbeeld", en: "https://example.nl/r/example" },
  dueDate: { nl: "3 december 2026", en: "3 December 2026" },
  collectionDate: { nl: "26 november 2026", en: "26 November 2026" },
  creditorName: { nl: "Waterbedrijf Voorbeeld", en: "Waterbedrijf Voorbeeld" },
  invoice: { nl: "F-2026-0042", en: "F-2026-0042" },
  caseNumber: { nl: "1042", en: "1042" },
  supportPhone: { nl: "088 123 45 67", en: "+31 88 123 45 67" },
  supportEmail: { nl: "klantenservice@example.nl", en: "support@example.nl" },
} as const satisfies Record<string, Record<MessageLocale, string>>;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export const VARIABLE_NAMES = Object.keys(TEMPLATE_VARIABLES) as TemplateVariable[];

/** These may render empty (the creditor may not have configured them); all others must have a value. */
export const OPTIONAL_VARIABLES: ReadonlySet<string> = new Set([
  "invoice",
  "caseNumber",
  "supportPhone",
  "supportEmail",
  "collectionDate",
]);

export function defaultTemplate(
  key: string,
  channel: MessageChannel,
  locale: MessageLocale,
): TemplateText | undefined {
  return (DEFAULT_TEMPLATES as Record<string, Defaults | undefined>)[key]?.[channel]?.[locale];
}
