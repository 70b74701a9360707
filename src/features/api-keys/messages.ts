// Messages of the api-keys feature (merged into the app's messages by src/lib/i18n/messages/index.ts).
export const messages = {
  nl: { apiKeys: {} },
  en: { apiKeys: {} },
};
