import twilio from "twilio";
import type { MessageLocale } from "./types";

const LANGUAGE = { nl: "nl-NL", en: "en-GB" } as const;

// The menu is fixed in code (not in the editable template) because the webhook acts on exactly these keys.
const TEXT = {
  nl: {
    menu: "Druk op 1 om de link per sms te ontvangen. Druk op 2 als u teruggebeld wilt worden.",
    noInput:
      "Wij hebben geen keuze ontvangen. U kunt ook reageren via de link in onze e-mail of sms. Tot ziens.",
    link: "U ontvangt de link zo per sms. Tot ziens.",
    callback: "Wij bellen u zo snel mogelijk terug. Tot ziens.",
    invalid: "Die keuze kennen wij niet.",
  },
  en: {
    menu: "Press 1 to receive the link by text message. Press 2 if you would like us to call you back.",
    noInput:
      "We did not receive a choice. You can also respond through the link in our e-mail or text message. Goodbye.",
    link: "You will receive the link by text message shortly. Goodbye.",
    callback: "We will call you back as soon as possible. Goodbye.",
    invalid: "That is not one of the choices.",
  },
} as const;

/** The call: the spoken template, then a one-key menu whose answer goes to our voice webhook. */
export function buildVoiceTwiml(spoken: string, locale: MessageLocale, gatherUrl: string): string {
  const language = LANGUAGE[locale];
  const r = new twilio.twiml.VoiceResponse();
  r.say({ language }, spoken);
  const gather = r.gather({ numDigits: 1, action: gatherUrl, method: "POST", timeout: 8 });
  gather.say({ language }, TEXT[locale].menu);
  r.say({ language }, TEXT[locale].noInput);
  return r.toString();
}

/** What the caller hears after pressing a key. */
export function keypressReplyTwiml(digit: string, locale: MessageLocale, gatherUrl: string): string {
  const language = LANGUAGE[locale];
  const r = new twilio.twiml.VoiceResponse();
  if (digit === "1") r.say({ language }, TEXT[locale].link);
  else if (digit === "2") r.say({ language }, TEXT[locale].callback);
  else {
    r.say({ language }, TEXT[locale].invalid);
    const gather = r.gather({ numDigits: 1, action: gatherUrl, method: "POST", timeout: 8 });
    gather.say({ language }, TEXT[locale].menu);
    r.say({ language }, TEXT[locale].noInput);
  }
  return r.toString();
}

/** An empty TwiML answer (for unknown messages): Twilio hangs up politely. */
export function hangupTwiml(): string {
  const r = new twilio.twiml.VoiceResponse();
  r.hangup();
  return r.toString();
}
