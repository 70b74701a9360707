import nodemailer from "nodemailer";
import { type ChannelDriver, SendError } from "./types";

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  /** Fallback From address when the organisation has no sender e-mail. */
  mailFrom?: string;
}

interface SmtpError {
  responseCode?: number;
  code?: string;
  message?: string;
}

function domainOf(address: string): string {
  return address.split("@")[1]?.replace(/[>\s].*$/, "") || "stornodesk.local";
}

/** Strips a "Name <addr>" form to the bare address. */
function bareAddress(value: string): string {
  return /<([^>]+)>/.exec(value)?.[1]?.trim() ?? value.trim();
}

/**
 * E-mail over SMTP (nodemailer): HTML + plain text, From with the creditor's name, Reply-To and a
 * Message-ID derived from our message id — a retry after a crash re-uses it, so mailboxes that
 * de-duplicate on Message-ID show one message. Transactional mail: no List-Unsubscribe.
 */
export function createSmtpDriver(config: SmtpConfig): ChannelDriver {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? "" } : undefined,
    // Well below the outbox lease (5 min), so a hanging server never makes a second worker re-send.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    name: "smtp",
    async send(message, sender) {
      const from = sender.fromEmail ?? config.mailFrom;
      if (!from)
        throw new SendError("Geen afzenderadres ingesteld (instellingen of MAIL_FROM)", { permanent: true });
      const address = bareAddress(from);
      try {
        const info = await transport.sendMail({
          from: { name: sender.creditorName, address },
          replyTo: sender.replyTo ?? undefined,
          to: message.recipient,
          subject: message.subject ?? "",
          text: message.body,
          html: message.bodyHtml ?? undefined,
          messageId: `<${message.id}@${domainOf(address)}>`,
          headers: { "X-Stornodesk-Message-Id": message.id, "Auto-Submitted": "auto-generated" },
        });
        return { providerId: info.messageId, providerStatus: info.response };
      } catch (err) {
        const e = err as SmtpError;
        // 5xx is the server's final word (unknown mailbox, rejected sender); 4xx and network errors pass.
        const permanent = typeof e.responseCode === "number" && e.responseCode >= 500;
        throw new SendError(e.message ?? String(err), { permanent, cause: err });
      }
    },
  };
}
