import { beforeEach, describe, expect, it } from "vitest";
import { enqueueMessage } from "@/features/messaging/outbox.server";
import { templateInputSchema } from "@/features/messaging/schemas";
import {
  listTemplates,
  previewTemplate,
  resetTemplate,
  saveTemplate,
} from "@/features/messaging/templates.server";
import { db } from "@/lib/db/client";
import { resetDatabase } from "../../support/db";
import { setOrganisation } from "./fixtures";

beforeEach(async () => {
  await resetDatabase();
  await setOrganisation();
});

const sms = (body: string) =>
  templateInputSchema.parse({ key: "invitation", channel: "SMS", locale: "nl", body });

describe("template editing", () => {
  it("a saved version overrides the default for new messages; reset brings the default back", async () => {
    const saved = await saveTemplate(sms("{creditorName}: {name}, reageer via {link}"), null);
    expect(saved.version).toBe(1);
    expect((await saveTemplate(sms("{creditorName}: {name}, kijk op {link}"), null)).version).toBe(2);
    const row = (await listTemplates()).find(
      (t) => t.key === "invitation" && t.channel === "SMS" && t.locale === "nl",
    );
    expect(row).toMatchObject({ source: "custom", version: 2 });

    const enqueue = (key: string) =>
      db.$transaction((tx) =>
        enqueueMessage(tx, {
          channel: "SMS",
          recipient: "0612345678",
          template: "invitation",
          variables: { name: "Jan", amount: "€ 1,00", link: "https://a.test/r/x" },
          idempotencyKey: key,
        }),
      );
    const a = await enqueue("a");
    expect((await db.message.findUniqueOrThrow({ where: { id: a.id } })).body).toBe(
      "Waterbedrijf Test: Jan, kijk op https://a.test/r/x",
    );
    await resetTemplate("invitation", "SMS", "nl");
    const b = await enqueue("b");
    expect((await db.message.findUniqueOrThrow({ where: { id: b.id } })).body).toContain("is teruggeboekt");
    // The message queued before the reset keeps the text it was rendered with.
    expect((await db.message.findUniqueOrThrow({ where: { id: a.id } })).body).toContain("kijk op");
  });

  it("refuses unknown variables, an e-mail without subject, an empty body and unknown templates", async () => {
    await expect(saveTemplate(sms("Hallo {naam}"), null)).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      saveTemplate(
        templateInputSchema.parse({ key: "invitation", channel: "EMAIL", locale: "nl", body: "x" }),
        null,
      ),
    ).rejects.toThrow(/onderwerp/);
    expect(
      templateInputSchema.safeParse({ key: "invitation", channel: "SMS", locale: "nl", body: "  " }).success,
    ).toBe(false);
    expect(
      templateInputSchema.safeParse({ key: "nope", channel: "SMS", locale: "nl", body: "x" }).success,
    ).toBe(false);
    expect(
      templateInputSchema.safeParse({ key: "invitation", channel: "WEB", locale: "nl", body: "x" }).success,
    ).toBe(false);
    // voice_link exists only as SMS.
    await expect(
      saveTemplate(
        templateInputSchema.parse({ key: "voice_link", channel: "VOICE", locale: "nl", body: "x" }),
        null,
      ),
    ).rejects.toThrow(/Onbekend sjabloon/);
    expect(await db.messageTemplate.count()).toBe(0);
  });

  it("the preview renders with sample data and the creditor's branding, escaped", async () => {
    const preview = await previewTemplate(
      templateInputSchema.parse({
        key: "invitation",
        channel: "EMAIL",
        locale: "nl",
        subject: "Over {amount}",
        body: "Beste {name},\n\n{link}\n\n<b>niet vet</b>",
      }),
    );
    expect(preview.subject).toBe("Over € 42,50");
    expect(preview.bodyHtml).toContain("Beste J. de Vries,");
    expect(preview.bodyHtml).toContain("Waterbedrijf Test");
    expect(preview.bodyHtml).toContain("&lt;b&gt;niet vet&lt;/b&gt;");
    expect(preview.bodyHtml).toContain("#123456");
    expect(await db.messageTemplate.count()).toBe(0);
  });
});
