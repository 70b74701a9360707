import twilio from "twilio";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The env module reads process.env once, at import: the token must be there before anything imports it.
vi.hoisted(() => {
  process.env.TWILIO_AUTH_TOKEN = "webhook-test-token";
  process.env.APP_URL = "https://stornodesk.test";
});

const { POST: statusPost } = await import("@/app/api/webhooks/twilio/status/route");
const { POST: voicePost } = await import("@/app/api/webhooks/twilio/voice/route");
const { queueInvitation } = await import("@/features/messaging/invitations.server");
const { dispatchMessage } = await import("@/features/messaging/outbox.server");
const { db } = await import("@/lib/db/client");
const { resetDatabase } = await import("../../support/db");
const { createCase, setOrganisation } = await import("./fixtures");

const TOKEN = "webhook-test-token";
const BASE = "https://stornodesk.test";

function signedRequest(
  path: string,
  params: Record<string, string>,
  opts: { token?: string; signature?: string | null } = {},
) {
  const url = `${BASE}${path}`;
  const signature =
    opts.signature === undefined
      ? twilio.getExpectedTwilioSignature(opts.token ?? TOKEN, url, params)
      : opts.signature;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  // The app sees its internal address; the signature covers the public one (APP_URL).
  return new Request(`http://127.0.0.1:3000${path}`, {
    method: "POST",
    headers,
    body: new URLSearchParams(params).toString(),
  });
}

async function sentMessage(channel: "SMS" | "VOICE") {
  const kase = await createCase();
  const { id } = await db.$transaction((tx) =>
    queueInvitation(tx, { caseId: kase.id, channel, link: "https://stornodesk.test/r/TOK", linkId: "L" }),
  );
  await dispatchMessage(id); // local driver: SENT, providerId local-…
  await db.message.update({ where: { id }, data: { providerId: channel === "SMS" ? "SM123" : "CA123" } });
  return { kase, id };
}

beforeEach(async () => {
  await resetDatabase();
  await setOrganisation();
});

describe("Twilio status callback", () => {
  it("a valid delivery report marks the message DELIVERED", async () => {
    const { id } = await sentMessage("SMS");
    const res = await statusPost(
      signedRequest(`/api/webhooks/twilio/status?messageId=${id}`, {
        MessageSid: "SM123",
        MessageStatus: "delivered",
      }),
    );
    expect(res.status).toBe(204);
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m.status).toBe("DELIVERED");
    expect(m.deliveredAt).toBeInstanceOf(Date);
    // A late "sent" report does not take it back.
    await statusPost(
      signedRequest(`/api/webhooks/twilio/status?messageId=${id}`, {
        MessageSid: "SM123",
        MessageStatus: "sent",
      }),
    );
    expect((await db.message.findUniqueOrThrow({ where: { id } })).status).toBe("DELIVERED");
  });

  it("undelivered → FAILED with Twilio's error code, and a case event", async () => {
    const { id, kase } = await sentMessage("SMS");
    const res = await statusPost(
      signedRequest(`/api/webhooks/twilio/status?messageId=${id}`, {
        MessageSid: "SM123",
        MessageStatus: "undelivered",
        ErrorCode: "30003",
      }),
    );
    expect(res.status).toBe(204);
    expect(await db.message.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      lastError: "undelivered (Twilio 30003)",
    });
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "message.failed" } })).toBe(1);
  });

  it("a call that was not answered → FAILED; a completed call → DELIVERED", async () => {
    const a = await sentMessage("VOICE");
    await statusPost(
      signedRequest(`/api/webhooks/twilio/status?messageId=${a.id}`, {
        CallSid: "CA123",
        CallStatus: "no-answer",
      }),
    );
    expect((await db.message.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("FAILED");
    const b = await sentMessage("VOICE");
    await statusPost(
      signedRequest(`/api/webhooks/twilio/status?messageId=${b.id}`, {
        CallSid: "CA123",
        CallStatus: "completed",
      }),
    );
    expect((await db.message.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("DELIVERED");
  });

  it("bad, missing or wrong-token signatures and tampered parameters get 403 and change nothing", async () => {
    const { id } = await sentMessage("SMS");
    const path = `/api/webhooks/twilio/status?messageId=${id}`;
    const params = { MessageSid: "SM123", MessageStatus: "delivered" };
    const tampered = signedRequest(path, { MessageSid: "SM123", MessageStatus: "sent" });
    const forged = new Request(tampered.url, {
      method: "POST",
      headers: tampered.headers,
      body: new URLSearchParams(params).toString(),
    });
    const attempts = [
      signedRequest(path, params, { signature: null }),
      signedRequest(path, params, { signature: "" }),
      signedRequest(path, params, { signature: "bm90IGEgc2lnbmF0dXJl" }),
      signedRequest(path, params, { token: "someone-elses-token" }),
      forged,
    ];
    for (const req of attempts) expect((await statusPost(req)).status).toBe(403);
    expect((await db.message.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
  });

  it("reports for unknown messages are accepted and ignored", async () => {
    const res = await statusPost(
      signedRequest(`/api/webhooks/twilio/status?messageId=${crypto.randomUUID()}`, {
        MessageSid: "SMx",
        MessageStatus: "delivered",
      }),
    );
    expect(res.status).toBe(204);
  });
});

describe("voice key press", () => {
  it("1 → the link by SMS (once, however often Twilio repeats the request)", async () => {
    const { id, kase } = await sentMessage("VOICE");
    const path = `/api/webhooks/twilio/voice?messageId=${id}`;
    const res = await voicePost(signedRequest(path, { CallSid: "CA123", Digits: "1" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/xml");
    expect(await res.text()).toContain("per sms");
    await voicePost(signedRequest(path, { CallSid: "CA123", Digits: "1" }));

    const sms = await db.message.findMany({ where: { caseId: kase.id, channel: "SMS" } });
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({
      template: "voice_link",
      recipient: "+31612345678",
      idempotencyKey: `voice-link:${id}`,
    });
    expect(sms[0]?.body).toContain("https://stornodesk.test/r/TOK");
    const responses = await db.response.findMany({ where: { caseId: kase.id } });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ channel: "VOICE", reason: "voice:link-requested" });
    const events = await db.caseEvent.findMany({ where: { caseId: kase.id, type: "voice.keypress" } });
    expect(events.map((e) => (e.data as { digit: string }).digit)).toEqual(["1", "1"]);
  });

  it("2 → a CALLBACK task for the case", async () => {
    const { id, kase } = await sentMessage("VOICE");
    const path = `/api/webhooks/twilio/voice?messageId=${id}`;
    const res = await voicePost(signedRequest(path, { Digits: "2" }));
    expect(await res.text()).toContain("terug");
    await voicePost(signedRequest(path, { Digits: "2" }));
    const tasks = await db.task.findMany({ where: { caseId: kase.id } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ type: "CALLBACK", status: "OPEN", priority: "HIGH" });
    expect(await db.response.count({ where: { caseId: kase.id, reason: "voice:callback-requested" } })).toBe(
      1,
    );
    expect(await db.message.count({ where: { channel: "SMS" } })).toBe(0);
  });

  it("another key repeats the menu and does nothing else", async () => {
    const { id, kase } = await sentMessage("VOICE");
    const res = await voicePost(signedRequest(`/api/webhooks/twilio/voice?messageId=${id}`, { Digits: "7" }));
    expect(await res.text()).toContain("<Gather");
    expect(await db.task.count()).toBe(0);
    expect(await db.response.count({ where: { caseId: kase.id } })).toBe(0);
  });

  it("an unsigned key press gets 403: no SMS, no task, no event", async () => {
    const { id, kase } = await sentMessage("VOICE");
    const res = await voicePost(
      signedRequest(`/api/webhooks/twilio/voice?messageId=${id}`, { Digits: "2" }, { signature: "forged" }),
    );
    expect(res.status).toBe(403);
    expect(await db.task.count()).toBe(0);
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "voice.keypress" } })).toBe(0);
  });

  it("a key press for a message that is not a call just hangs up", async () => {
    const { id } = await sentMessage("SMS");
    const res = await voicePost(signedRequest(`/api/webhooks/twilio/voice?messageId=${id}`, { Digits: "2" }));
    expect(await res.text()).toContain("<Hangup");
    expect(await db.task.count()).toBe(0);
  });
});
