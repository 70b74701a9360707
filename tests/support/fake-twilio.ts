import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeTwilioRequest {
  method: string;
  path: string;
  /** Form fields the SDK posted (repeated fields keep their last value; see `all` for every value). */
  params: Record<string, string>;
  all: [string, string][];
  /** The account SID from HTTP basic auth. */
  username: string | null;
}

/**
 * A local stand-in for api.twilio.com: the real twilio SDK is pointed at it (TWILIO_API_BASE / apiBase).
 * It records every request and answers like Twilio (201 with a sid), or fails the next N calls.
 */
export interface FakeTwilio {
  url: string;
  requests: FakeTwilioRequest[];
  /** The next `count` API calls answer `status` (default 503) with a Twilio-style error body. */
  failNext(count: number, status?: number, code?: number): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startFakeTwilio(): Promise<FakeTwilio> {
  const requests: FakeTwilioRequest[] = [];
  let failures: { left: number; status: number; code: number } = { left: 0, status: 503, code: 20503 };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const all = [...new URLSearchParams(body)];
    const auth = req.headers.authorization?.replace(/^Basic /, "");
    const username = auth ? (Buffer.from(auth, "base64").toString("utf8").split(":")[0] ?? null) : null;
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    requests.push({ method: req.method ?? "GET", path, params: Object.fromEntries(all), all, username });
    res.setHeader("content-type", "application/json");
    if (failures.left > 0) {
      failures.left--;
      res.statusCode = failures.status;
      res.end(
        JSON.stringify({
          code: failures.code,
          message: "Service unavailable (fake)",
          status: failures.status,
        }),
      );
      return;
    }
    const isCall = path.endsWith("/Calls.json");
    const isMessage = path.endsWith("/Messages.json");
    if (req.method !== "POST" || (!isCall && !isMessage)) {
      res.statusCode = 404;
      res.end(JSON.stringify({ code: 20404, message: "Not found", status: 404 }));
      return;
    }
    const sid = `${isCall ? "CA" : "SM"}${randomBytes(16).toString("hex")}`;
    const params = Object.fromEntries(all);
    res.statusCode = 201;
    res.end(
      JSON.stringify({
        sid,
        account_sid: username,
        to: params.To,
        from: params.From,
        body: params.Body,
        status: "queued",
        date_created: new Date().toUTCString(),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, status = 503, code = 20503) {
      failures = { left: count, status, code };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
