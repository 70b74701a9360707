import twilio from "twilio";
import type TwilioRequestClient from "twilio/lib/base/RequestClient";
import { buildVoiceTwiml } from "../voice-twiml";
import { type ChannelDriver, SendError } from "./types";

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** A Twilio number (E.164); calls always use it, SMS unless the organisation set an SMS sender. */
  fromNumber?: string;
  /** Another API origin (a local fake in tests, a regional edge); default https://api.twilio.com. */
  apiBase?: string;
  /** Our public base URL for status callbacks and the voice menu. */
  publicUrl: string;
}

/** The SDK's HTTP client with the API origin swapped, so tests can point the real SDK at a local server. */
class BaseUrlRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super({ timeout: 30_000 });
  }
  override request<T>(opts: TwilioRequestClient.RequestOptions<T>) {
    const target = new URL(opts.uri);
    const base = new URL(this.base);
    target.protocol = base.protocol;
    target.host = base.host;
    return super.request<T>({ ...opts, uri: target.toString() });
  }
}

interface TwilioRestError {
  status?: number;
  code?: number;
  message?: string;
}

function toSendError(err: unknown): SendError {
  const e = err as TwilioRestError;
  // 4xx (bad number, unverified sender …) will not get better by waiting; 429, 5xx and network errors may.
  const permanent = typeof e.status === "number" && e.status >= 400 && e.status < 500 && e.status !== 429;
  const code = e.code ? ` (Twilio ${e.code})` : "";
  return new SendError(`${e.message ?? String(err)}${code}`, { permanent, cause: err });
}

export function createTwilioClient(config: Pick<TwilioConfig, "accountSid" | "authToken" | "apiBase">) {
  return twilio(config.accountSid, config.authToken, {
    httpClient: config.apiBase ? new BaseUrlRequestClient(config.apiBase) : undefined,
  });
}

export function statusCallbackUrl(publicUrl: string, messageId: string): string {
  return `${publicUrl}/api/webhooks/twilio/status?messageId=${encodeURIComponent(messageId)}`;
}

export function voiceGatherUrl(publicUrl: string, messageId: string): string {
  return `${publicUrl}/api/webhooks/twilio/voice?messageId=${encodeURIComponent(messageId)}`;
}

/** SMS through Twilio Messaging; delivery reports arrive at our status webhook. */
export function createTwilioSmsDriver(config: TwilioConfig): ChannelDriver {
  const client = createTwilioClient(config);
  return {
    name: "twilio-sms",
    async send(message, sender) {
      const from = sender.smsSender ?? config.fromNumber;
      if (!from)
        throw new SendError("Geen sms-afzender ingesteld (instellingen of TWILIO_FROM_NUMBER)", {
          permanent: true,
        });
      try {
        const sent = await client.messages.create({
          to: message.recipient,
          from,
          body: message.body,
          statusCallback: statusCallbackUrl(config.publicUrl, message.id),
        });
        return { providerId: sent.sid, providerStatus: sent.status };
      } catch (err) {
        throw toSendError(err);
      }
    },
  };
}

/** A voice call that speaks the message and offers 1 = link by SMS, 2 = call me back. */
export function createTwilioVoiceDriver(config: TwilioConfig): ChannelDriver {
  const client = createTwilioClient(config);
  return {
    name: "twilio-voice",
    async send(message) {
      if (!config.fromNumber)
        throw new SendError("Geen belnummer ingesteld (TWILIO_FROM_NUMBER)", { permanent: true });
      try {
        const call = await client.calls.create({
          to: message.recipient,
          from: config.fromNumber,
          twiml: buildVoiceTwiml(message.body, message.locale, voiceGatherUrl(config.publicUrl, message.id)),
          statusCallback: statusCallbackUrl(config.publicUrl, message.id),
          statusCallbackEvent: ["completed"],
          statusCallbackMethod: "POST",
        });
        return { providerId: call.sid, providerStatus: call.status };
      } catch (err) {
        throw toSendError(err);
      }
    },
  };
}
