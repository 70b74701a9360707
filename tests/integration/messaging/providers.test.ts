import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Drivers } from "@/features/messaging/drivers";
import { createSmtpDriver } from "@/features/messaging/drivers/email";
import { createLocalDriver } from "@/features/messaging/drivers/local";
import { createTwilioSmsDriver, createTwilioVoiceDriver } from "@/features/messaging/drivers/twilio";
import { queueInvitation } from "@/features/messaging/invitations.server";
import { dispatchDueMessages, dispatchMessage } from "@/features/messaging/outbox.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { type FakeTwilio, startFakeTwilio } from "../../support/fake-twilio";
import { type SmtpSink, startSmtpSink } from "../../support/smtp-sink";
import { createCase, makeDue, setOrganisation } from "./fixtures";

let sink: SmtpSink;
let fake: FakeTwilio;
let drivers: Drivers;
const PUBLIC = "https://stornodesk.test";
const twilioConfig = () => ({
  accountSid: "ACtest0000000000000000000000000000",
  authToken: "secret-token",
  fromNumber: "+3197010000000",
  apiBase: fake.url,
  publicUrl: PUBLIC,
});

beforeAll(async () => {
  sink = await startSmtpSink();
  fake = await startFakeTwilio();
  drivers = {
    EMAIL: createSmtpDriver({ host: sink.host, port: sink.port, secure: false, user: "u", password: "p" }),
    SMS: createTwilioSmsDriver(twilioConfig()),
    VOICE: createTwilioVoiceDriver(twilioConfig()),
  };
});
afterAll(async () => {
  await sink.close();
  await fake.close();
});
beforeEach(async () => {
  await resetDatabase();
  await setOrganisation();
  sink.mails.length = 0;
  fake.requests.length = 0;
});

async function invite(channel: "EMAIL" | "SMS" | "VOICE", debtor: Parameters<typeof createCase>[0] = {}) {
  const kase = await createCase(debtor);
  const { id } = await db.$transaction((tx) =>
    queueInvitation(tx, {
      caseId: kase.id,
      channel,
      link: "https://stornodesk.test/r/TOKEN123",
      linkId: "L1",
    }),
  );
  return { kase, id };
}

describe("e-mail over real SMTP", () => {
  it("delivers HTML + text with From, Reply-To and Message-ID, no List-Unsubscribe", async () => {
    const { id } = await invite("EMAIL", { name: 'Jan <script>alert("x")</script> & Zn' });
    expect(await dispatchMessage(id, { drivers })).toBe("sent");
    expect(sink.mails).toHaveLength(1);
    const mail = sink.mails[0];
    expect(mail?.to).toEqual(["jan@example.nl"]);
    expect(mail?.from).toBe("facturen@waterbedrijf.test");
    expect(mail?.headers.from).toBe("Waterbedrijf Test <facturen@waterbedrijf.test>");
    expect(mail?.headers["reply-to"]).toBe("klantenservice@waterbedrijf.test");
    expect(mail?.headers["message-id"]).toBe(`<${id}@waterbedrijf.test>`);
    expect(mail?.headers["list-unsubscribe"]).toBeUndefined();
    expect(mail?.headers.subject).toContain("=?UTF-8?"); // "€" is encoded
    expect(mail?.text).toContain('Beste Jan <script>alert("x")</script> & Zn,');
    expect(mail?.text).toContain("https://stornodesk.test/r/TOKEN123");
    expect(mail?.html).toContain("Beste Jan &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Zn,");
    expect(mail?.html).not.toContain("<script>");
    expect(mail?.html).toContain('href="https://stornodesk.test/r/TOKEN123"');
    expect(mail?.html).toContain("#123456");
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m).toMatchObject({ status: "SENT", providerId: `<${id}@waterbedrijf.test>` });
  });

  it("SMTP refusing (451) for a while: retried, then exactly one mail arrives", async () => {
    const { id } = await invite("EMAIL");
    const before = sink.attempts();
    sink.rejectNext(3, 451);
    for (let i = 0; i < 3; i++) {
      expect(await dispatchMessage(id, { drivers })).toBe("retry");
      await makeDue(id);
    }
    expect((await db.message.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/451/);
    expect(await dispatchDueMessages({ drivers })).toMatchObject({ claimed: 1, sent: 1 });
    await makeDue();
    expect((await dispatchDueMessages({ drivers })).claimed).toBe(0);
    expect(sink.attempts() - before).toBe(4);
    expect(sink.mails).toHaveLength(1);
  });

  it("SMTP not reachable at all: a retry, not a failure", async () => {
    const { id } = await invite("EMAIL");
    const dead = { ...drivers, EMAIL: createSmtpDriver({ host: "127.0.0.1", port: 1, secure: false }) };
    expect(await dispatchMessage(id, { drivers: dead })).toBe("retry");
    expect((await db.message.findUniqueOrThrow({ where: { id } })).status).toBe("QUEUED");
  });

  it("a permanent SMTP refusal (550) fails at once and shows on the case", async () => {
    const { id, kase } = await invite("EMAIL");
    sink.rejectNext(1, 550);
    expect(await dispatchMessage(id, { drivers })).toBe("failed");
    expect(await db.caseEvent.count({ where: { caseId: kase.id, type: "message.failed" } })).toBe(1);
  });
});

describe("SMS and voice through the real Twilio SDK against a fake API", () => {
  it("SMS: To, From, Body and the status callback URL", async () => {
    const { id } = await invite("SMS");
    expect(await dispatchMessage(id, { drivers })).toBe("sent");
    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0];
    expect(req?.path).toBe("/2010-04-01/Accounts/ACtest0000000000000000000000000000/Messages.json");
    expect(req?.username).toBe("ACtest0000000000000000000000000000");
    expect(req?.params).toMatchObject({
      To: "+31612345678",
      From: "+3197010000000",
      Body: "Waterbedrijf Test: uw incasso van € 42,50 is teruggeboekt. Laat ons weten waarom: https://stornodesk.test/r/TOKEN123",
      StatusCallback: `${PUBLIC}/api/webhooks/twilio/status?messageId=${id}`,
    });
    const m = await db.message.findUniqueOrThrow({ where: { id } });
    expect(m.providerId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(m.providerStatus).toBe("queued");
  });

  it("SMS sender from the organisation settings wins over TWILIO_FROM_NUMBER", async () => {
    await db.organisationSettings.update({ where: { id: 1 }, data: { smsSender: "WaterTest" } });
    const { id } = await invite("SMS");
    await dispatchMessage(id, { drivers });
    expect(fake.requests[0]?.params.From).toBe("WaterTest");
  });

  it("voice: a call with TwiML that speaks the message and gathers one key", async () => {
    const { id } = await invite("VOICE", { locale: "en" });
    expect(await dispatchMessage(id, { drivers })).toBe("sent");
    const req = fake.requests[0];
    expect(req?.path).toMatch(/\/Calls\.json$/);
    expect(req?.params.To).toBe("+31612345678");
    expect(req?.params.From).toBe("+3197010000000");
    expect(req?.params.StatusCallback).toBe(`${PUBLIC}/api/webhooks/twilio/status?messageId=${id}`);
    const twiml = req?.params.Twiml ?? "";
    expect(twiml).toContain(
      '<Say language="en-GB">Hello, this is an automated message from Waterbedrijf Test',
    );
    expect(twiml).toContain("€42.50");
    expect(twiml).toContain(
      `<Gather numDigits="1" action="${PUBLIC}/api/webhooks/twilio/voice?messageId=${id}" method="POST"`,
    );
    expect(twiml).toContain("Press 1");
    expect((await db.message.findUniqueOrThrow({ where: { id } })).providerId).toMatch(/^CA/);
  });

  it("Twilio down (503) twice: retried, then one SMS", async () => {
    const { id } = await invite("SMS");
    fake.failNext(2, 503);
    expect(await dispatchMessage(id, { drivers })).toBe("retry");
    await makeDue(id);
    expect(await dispatchMessage(id, { drivers })).toBe("retry");
    expect((await db.message.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/Twilio 20503/);
    await makeDue(id);
    expect(await dispatchMessage(id, { drivers })).toBe("sent");
    expect(fake.requests).toHaveLength(3);
    expect((await db.message.findUniqueOrThrow({ where: { id } })).attempts).toBe(3);
  });

  it("Twilio refusing the number (400) fails at once", async () => {
    const { id } = await invite("SMS");
    fake.failNext(1, 400, 21211);
    expect(await dispatchMessage(id, { drivers })).toBe("failed");
    expect((await db.message.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/21211/);
  });

  it("the local driver stands in per channel", async () => {
    const { id } = await invite("VOICE");
    await dispatchMessage(id, { drivers: { ...drivers, VOICE: createLocalDriver("VOICE") } });
    expect(fake.requests).toHaveLength(0);
    expect((await db.message.findUniqueOrThrow({ where: { id } })).providerId).toBe(`local-${id}`);
  });
});
