// Messages of the imports feature (merged into the app's messages by src/lib/i18n/messages/index.ts).
export const messages = {
  nl: {
    imports: {
      title: "Imports",
      description:
        "Lees storneringen en incasso's in uit bankbestanden (camt.052/053/054, pain.002, pain.008) en CSV.",
      empty: "Nog geen imports. Sleep een bankbestand hierheen of gebruik de REST API om te beginnen.",
    },
  },
  en: {
    imports: {
      title: "Imports",
      description:
        "Read reversals and collections from bank files (camt.052/053/054, pain.002, pain.008) and CSV.",
      empty: "No imports yet. Drop a bank file here or use the REST API to get started.",
    },
  },
};
