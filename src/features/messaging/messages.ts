// Messages of the messaging feature (merged into the app's messages by src/lib/i18n/messages/index.ts).
export const messages = {
  nl: { messaging: {} },
  en: { messaging: {} },
};
