import "server-only";
import twilio from "twilio";
import { db } from "@/lib/db/client";
import { appUrl, env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { voiceGatherUrl } from "./drivers/twilio";
import { dispatchSoon, enqueueMessage } from "./outbox.server";
import { toMessageLocale } from "./types";
import { hangupTwiml, keypressReplyTwiml } from "./voice-twiml";

export type TwilioParams = Record<string, string>;

export interface TwilioWebhookRequest {
  /** The URL Twilio called, as Twilio saw it: our public base URL + path + query. */
  url: string;
  signature: string | null;
  params: TwilioParams;
}

/** Reads a Twilio webhook from a route handler's Request. The path and query come from the request, the origin from APP_URL (behind a proxy the request's own host is not what Twilio signed). */
export async function readTwilioRequest(request: Request): Promise<TwilioWebhookRequest> {
  const u = new URL(request.url);
  const params: TwilioParams = {};
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(await request.text());
    for (const [k, v] of form) params[k] = v;
  }
  return {
    url: `${appUrl()}${u.pathname}${u.search}`,
    signature: request.headers.get("x-twilio-signature"),
    params,
  };
}

/** True only for a request signed with our Twilio auth token (no token configured → nothing is accepted). */
export function isValidTwilioRequest(req: TwilioWebhookRequest, authToken = env.TWILIO_AUTH_TOKEN): boolean {
  if (!authToken || !req.signature) return false;
  try {
    return twilio.validateRequest(authToken, req.signature, req.url, req.params);
  } catch {
    return false;
  }
}

function messageIdFrom(url: string): string | null {
  const id = new URL(url).searchParams.get("messageId");
  return id && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

const FINAL_FAILURES = new Set(["failed", "undelivered", "busy", "no-answer", "canceled"]);
const DELIVERED = new Set(["delivered", "completed"]);

/**
 * A delivery report (SMS: MessageStatus; call: CallStatus). delivered/completed → DELIVERED;
 * failed/undelivered (and for calls busy/no-answer/canceled) → FAILED with Twilio's error code and a
 * "message.failed" case event. Intermediate statuses only update providerStatus. A final status is
 * never overwritten by a late intermediate one.
 */
export async function applyTwilioStatus(req: TwilioWebhookRequest): Promise<"updated" | "ignored"> {
  const status = (
    req.params.MessageStatus ??
    req.params.SmsStatus ??
    req.params.CallStatus ??
    ""
  ).toLowerCase();
  const sid = req.params.MessageSid ?? req.params.SmsSid ?? req.params.CallSid ?? null;
  const id = messageIdFrom(req.url);
  if (!status || (!id && !sid)) return "ignored";
  return db.$transaction(async (tx) => {
    const message = id
      ? await tx.message.findUnique({ where: { id } })
      : await tx.message.findFirst({ where: { providerId: sid ?? "" } });
    if (!message || (sid && message.providerId && message.providerId !== sid)) return "ignored";
    if (message.status === "DELIVERED" || message.status === "FAILED") return "ignored";
    if (DELIVERED.has(status)) {
      await tx.message.update({
        where: { id: message.id },
        data: {
          status: "DELIVERED",
          deliveredAt: new Date(),
          providerStatus: status,
          providerId: message.providerId ?? sid,
        },
      });
    } else if (FINAL_FAILURES.has(status)) {
      const code = req.params.ErrorCode ? ` (Twilio ${req.params.ErrorCode})` : "";
      const error = `${status}${code}${req.params.ErrorMessage ? `: ${req.params.ErrorMessage}` : ""}`.slice(
        0,
        1000,
      );
      await tx.message.update({
        where: { id: message.id },
        data: {
          status: "FAILED",
          lastError: error,
          providerStatus: status,
          claimedAt: null,
          nextAttemptAt: null,
        },
      });
      if (message.caseId) {
        await tx.caseEvent.create({
          data: {
            caseId: message.caseId,
            type: "message.failed",
            data: { messageId: message.id, channel: message.channel, template: message.template, error },
          },
        });
      }
    } else {
      await tx.message.update({ where: { id: message.id }, data: { providerStatus: status } });
    }
    return "updated";
  });
}

/**
 * The consumer pressed a key in the voice message. Recorded as a CaseEvent "voice.keypress" (any key)
 * and, for 1 and 2, as a Response (channel VOICE, reason "voice:link-requested" / "voice:callback-requested",
 * formVersion 0 = not the web form). 1 → the link by SMS (template "voice_link"), 2 → a CALLBACK task.
 * Twilio may repeat a webhook: per message and key the effects happen once. Returns the TwiML reply.
 */
export async function handleVoiceKeypress(req: TwilioWebhookRequest): Promise<string> {
  const id = messageIdFrom(req.url);
  const digit = (req.params.Digits ?? "").trim().slice(0, 1);
  if (!id) return hangupTwiml();
  const message = await db.message.findUnique({ where: { id } });
  if (message?.channel !== "VOICE") return hangupTwiml();
  const locale = toMessageLocale(message.locale);
  const gatherUrl = voiceGatherUrl(appUrl(), message.id);
  if (!message.caseId || !/^[0-9*#]$/.test(digit)) return keypressReplyTwiml(digit, locale, gatherUrl);
  const caseId = message.caseId;

  const smsIds: string[] = [];
  await db.$transaction(async (tx) => {
    // One webhook per message at a time, so a repeated request sees the first one's effects.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`voice:${message.id}`}))`;
    const alreadyActed = await tx.caseEvent.count({
      where: {
        caseId,
        type: "voice.keypress",
        AND: [
          { data: { path: ["messageId"], equals: message.id } },
          { data: { path: ["digit"], equals: digit } },
        ],
      },
    });
    await tx.caseEvent.create({
      data: {
        caseId,
        type: "voice.keypress",
        data: {
          messageId: message.id,
          digit,
          callSid: req.params.CallSid ?? null,
          repeated: alreadyActed > 0,
        },
        actorType: "CONSUMER",
      },
    });
    if (alreadyActed > 0) return;
    if (digit === "1") {
      const variables = (message.variables ?? {}) as Record<string, string>;
      // A voice message without a link (none of the built-in ones) has nothing to send: the Response says enough.
      if (variables.link) {
        const sms = await enqueueMessage(tx, {
          caseId,
          channel: "SMS",
          recipient: message.recipient,
          template: "voice_link",
          locale,
          variables: { ...variables },
          idempotencyKey: `voice-link:${message.id}`,
        });
        if (sms.created) smsIds.push(sms.id);
      }
      await tx.response.create({
        data: {
          caseId,
          reason: "voice:link-requested",
          answers: { digit },
          formVersion: 0,
          channel: "VOICE",
          locale,
        },
      });
    } else if (digit === "2") {
      await tx.task.create({
        data: {
          caseId,
          type: "CALLBACK",
          priority: "HIGH",
          title:
            locale === "en"
              ? "Call back (requested in voice message)"
              : "Terugbellen (gevraagd via spraakbericht)",
          notes: `${message.recipient}`,
          dueAt: new Date(),
        },
      });
      await tx.response.create({
        data: {
          caseId,
          reason: "voice:callback-requested",
          answers: { digit },
          formVersion: 0,
          channel: "VOICE",
          locale,
        },
      });
    }
  });
  if (smsIds.length) void dispatchSoon(smsIds);
  logger.info({ messageId: message.id, digit }, "voice key press");
  return keypressReplyTwiml(digit, locale, gatherUrl);
}
