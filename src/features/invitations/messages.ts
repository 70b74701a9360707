// Messages of the invitations feature (merged into the app's messages by src/lib/i18n/messages/index.ts).
export const messages = {
  nl: {
    invitations: {
      channel: { EMAIL: "E-mail", SMS: "Sms", VOICE: "Spraakbericht" },
      channelInline: { EMAIL: "e-mail", SMS: "sms", VOICE: "spraakbericht" },
      control: {
        title: "Uitnodiging versturen",
        description:
          "Stuur de klant een persoonlijke link naar het responsformulier. Elke uitnodiging krijgt een nieuwe link.",
        group: "Uitnodiging versturen via",
        sending: "Bezig met versturen…",
        sent: "Uitnodiging per {channel} verstuurd naar de klant.",
        skipped: "Niet verstuurd: {reason}.",
        noEmail: "E-mail kan niet: er is geen e-mailadres bekend.",
        noPhone: "Sms en spraakbericht kunnen niet: er is geen telefoonnummer bekend.",
        closed: "Dit dossier is afgesloten; er kan geen uitnodiging meer worden verstuurd.",
        unreachable:
          "Er is geen e-mailadres of telefoonnummer bekend. Maak een link en geef die op een andere manier door.",
      },
      bulk: {
        selectAll: "Alle dossiers op deze pagina selecteren",
        selectCase: "Dossier #{number} selecteren",
        selected:
          "{count, plural, =0 {Geen dossiers geselecteerd} one {# dossier geselecteerd} other {# dossiers geselecteerd}}",
        hint: "Selecteer dossiers om de klanten een uitnodiging te sturen.",
        sendVia: "Uitnodiging versturen via",
        sending: "Bezig met versturen…",
        summary: "{sent} verstuurd, {skipped} overgeslagen",
        allSent: "{sent, plural, one {# uitnodiging} other {# uitnodigingen}} verstuurd per {channel}",
        group: "{reason} ({cases})",
        close: "Melding sluiten",
      },
      reason: {
        not_found: "dossier niet gevonden",
        closed: "dossier afgesloten",
        no_email: "geen e-mailadres",
        no_phone: "geen telefoonnummer",
        invalid_address: "ongeldig e-mailadres of telefoonnummer",
        recently_sent: "zojuist al verstuurd",
        failed: "fout bij het klaarzetten",
      },
    },
  },
  en: {
    invitations: {
      channel: { EMAIL: "E-mail", SMS: "Text message", VOICE: "Voice message" },
      channelInline: { EMAIL: "e-mail", SMS: "text message", VOICE: "voice message" },
      control: {
        title: "Send an invitation",
        description:
          "Send the customer a personal link to the response form. Every invitation gets a new link.",
        group: "Send an invitation by",
        sending: "Sending…",
        sent: "Invitation sent to the customer by {channel}.",
        skipped: "Not sent: {reason}.",
        noEmail: "E-mail is not possible: no e-mail address is known.",
        noPhone: "Text and voice messages are not possible: no phone number is known.",
        closed: "This case is closed; no more invitations can be sent.",
        unreachable: "No e-mail address or phone number is known. Create a link and pass it on another way.",
      },
      bulk: {
        selectAll: "Select all cases on this page",
        selectCase: "Select case #{number}",
        selected: "{count, plural, =0 {No cases selected} one {# case selected} other {# cases selected}}",
        hint: "Select cases to send their customers an invitation.",
        sendVia: "Send an invitation by",
        sending: "Sending…",
        summary: "{sent} sent, {skipped} skipped",
        allSent: "{sent, plural, one {# invitation} other {# invitations}} sent by {channel}",
        group: "{reason} ({cases})",
        close: "Dismiss",
      },
      reason: {
        not_found: "case not found",
        closed: "case closed",
        no_email: "no e-mail address",
        no_phone: "no phone number",
        invalid_address: "invalid e-mail address or phone number",
        recently_sent: "just sent already",
        failed: "could not be queued",
      },
    },
  },
} as const;
