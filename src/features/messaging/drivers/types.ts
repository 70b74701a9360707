import type { MessageChannel, MessageLocale } from "../types";

/** One claimed message as a driver sends it. */
export interface OutgoingMessage {
  id: string;
  channel: MessageChannel;
  recipient: string;
  locale: MessageLocale;
  subject: string | null;
  body: string;
  bodyHtml: string | null;
}

/** Who the message comes from; read from OrganisationSettings (falling back to env) once per batch. */
export interface SenderIdentity {
  creditorName: string;
  fromEmail: string | null;
  replyTo: string | null;
  smsSender: string | null;
}

export interface SendResult {
  providerId: string;
  providerStatus?: string;
}

export interface ChannelDriver {
  readonly name: string;
  send(message: OutgoingMessage, sender: SenderIdentity): Promise<SendResult>;
}

export type Drivers = Record<MessageChannel, ChannelDriver>;

/**
 * A failed send. `permanent` means retrying cannot help (mailbox unknown, invalid number): the message
 * fails at once instead of after the whole back-off schedule.
 */
export class SendError extends Error {
  readonly permanent: boolean;
  constructor(message: string, opts: { permanent: boolean; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = "SendError";
    this.permanent = opts.permanent;
  }
}
