import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string | undefined;
  to: string[];
  raw: string;
  headers: Record<string, string>;
  text: string | undefined;
  html: string | undefined;
}

/** A real SMTP server (npm smtp-server) that keeps what nodemailer delivers; can refuse for a while. */
export interface SmtpSink {
  host: string;
  port: number;
  mails: ReceivedMail[];
  /** Refuse the next `count` messages with a temporary (default 451) or permanent (5xx) SMTP error. */
  rejectNext(count: number, code?: number): void;
  /** Number of DATA attempts, accepted or not. */
  attempts(): number;
  close(): Promise<void>;
}

function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, " ").split(/\r\n/)) {
    const i = line.indexOf(":");
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

function decode(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? "").toLowerCase();
  if (enc === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (enc === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Just enough MIME for tests: top-level headers and the text/html parts of a (multipart) message. */
export function parseMail(raw: string): Pick<ReceivedMail, "headers" | "text" | "html"> {
  const split = raw.indexOf("\r\n\r\n");
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const parts: { type: string; content: string }[] = [];
  const walk = (hdrs: Record<string, string>, content: string) => {
    const type = hdrs["content-type"] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith("multipart/") && boundary) {
      for (const chunk of content.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith("--")) break;
        const s = chunk.replace(/^\r\n/, "");
        const at = s.indexOf("\r\n\r\n");
        walk(parseHeaders(s.slice(0, at)), s.slice(at + 4).replace(/\r\n$/, ""));
      }
    } else {
      parts.push({ type: type.toLowerCase(), content: decode(content, hdrs["content-transfer-encoding"]) });
    }
  };
  walk(headers, body);
  return {
    headers,
    text: parts.find((p) => p.type.startsWith("text/plain"))?.content,
    html: parts.find((p) => p.type.startsWith("text/html"))?.content,
  };
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  let reject = { left: 0, code: 451 };
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, cb) {
      cb(null, { user: auth.username });
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        attempts++;
        if (reject.left > 0) {
          reject.left--;
          const err = Object.assign(new Error("Try again later (sink)"), { responseCode: reject.code });
          cb(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    mails,
    rejectNext(count, code = 451) {
      reject = { left: count, code };
    },
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
