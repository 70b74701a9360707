// Messages of the responses feature (merged into the app's messages by src/lib/i18n/messages/index.ts).
export const messages = {
  nl: { responses: {} },
  en: { responses: {} },
};
