import { appUrl, env } from "@/lib/env";
import { createSmtpDriver } from "./email";
import { createLocalDriver } from "./local";
import { createTwilioSmsDriver, createTwilioVoiceDriver } from "./twilio";
import type { Drivers } from "./types";

export type { ChannelDriver, Drivers, OutgoingMessage, SenderIdentity, SendResult } from "./types";
export { SendError } from "./types";

let configured: Drivers | undefined;

/** Real drivers where SMTP / Twilio are configured, the local outbox driver elsewhere. */
export function defaultDrivers(): Drivers {
  if (configured) return configured;
  const email = env.SMTP_HOST
    ? createSmtpDriver({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_SECURE,
        user: env.SMTP_USER,
        password: env.SMTP_PASSWORD,
        mailFrom: env.MAIL_FROM,
      })
    : createLocalDriver("EMAIL");
  const twilioConfig =
    env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN
      ? {
          accountSid: env.TWILIO_ACCOUNT_SID,
          authToken: env.TWILIO_AUTH_TOKEN,
          fromNumber: env.TWILIO_FROM_NUMBER,
          apiBase: env.TWILIO_API_BASE,
          publicUrl: appUrl(),
        }
      : undefined;
  configured = {
    EMAIL: email,
    SMS: twilioConfig ? createTwilioSmsDriver(twilioConfig) : createLocalDriver("SMS"),
    VOICE: twilioConfig ? createTwilioVoiceDriver(twilioConfig) : createLocalDriver("VOICE"),
  };
  return configured;
}
