/** Channels the outbox sends on (WEB responses are never sent). */
export const MESSAGE_CHANNELS = ["EMAIL", "SMS", "VOICE"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const MESSAGE_LOCALES = ["nl", "en"] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

export function toMessageLocale(locale: string | null | undefined): MessageLocale {
  return locale?.toLowerCase().startsWith("en") ? "en" : "nl";
}

/** The creditor's branding as the e-mail layout needs it (from OrganisationSettings). */
export interface Branding {
  creditorName: string;
  brandColor: string;
  logoUrl: string | null;
  supportPhone: string | null;
  supportEmail: string | null;
}
