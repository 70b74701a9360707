import "server-only";
import type { Channel } from "@/generated/prisma/enums";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  DEFAULT_TEMPLATES,
  defaultTemplate,
  TEMPLATE_KEYS,
  TEMPLATE_VARIABLES,
  type TemplateKey,
  type TemplateText,
} from "./default-templates";
import { type RenderedMessage, renderTemplate, unknownPlaceholders } from "./render";
import type { TemplateInput } from "./schemas";
import {
  type Branding,
  MESSAGE_LOCALES,
  type MessageChannel,
  type MessageLocale,
  toMessageLocale,
} from "./types";

type Client = Tx | typeof db;

/** The creditor's branding for e-mails, with safe fallbacks before settings exist. */
export async function loadBranding(
  client: Client = db,
): Promise<Branding & { senderEmail: string | null; replyToEmail: string | null; smsSender: string | null }> {
  const s = await client.organisationSettings.findUnique({ where: { id: 1 } });
  return {
    creditorName: s?.creditorName ?? "Mijn organisatie",
    brandColor: s?.brandColor ?? "#0f766e",
    logoUrl: s?.logoUrl ?? null,
    supportPhone: s?.supportPhone ?? null,
    supportEmail: s?.supportEmail ?? null,
    senderEmail: s?.senderEmail ?? null,
    replyToEmail: s?.replyToEmail ?? s?.supportEmail ?? null,
    smsSender: s?.smsSender ?? null,
  };
}

/** The controller's version of a template if there is one, else the built-in default. */
export async function resolveTemplate(
  client: Client,
  key: string,
  channel: MessageChannel,
  locale: MessageLocale,
): Promise<TemplateText & { source: "custom" | "default"; version: number }> {
  const row = await client.messageTemplate.findUnique({
    where: { key_channel_locale: { key, channel: channel as Channel, locale } },
  });
  if (row)
    return {
      subject: row.subject,
      body: row.body,
      bodyHtml: row.bodyHtml,
      source: "custom",
      version: row.version,
    };
  const fallback = defaultTemplate(key, channel, locale);
  if (!fallback) throw new AppError("INVALID", `Geen sjabloon '${key}' voor ${channel} (${locale})`);
  return { ...fallback, source: "default", version: 0 };
}

export interface TemplateListItem {
  key: TemplateKey;
  channel: MessageChannel;
  locale: MessageLocale;
  source: "custom" | "default";
  version: number;
  updatedAt: Date | null;
}

/** Every template the product knows (built-in keys × their channels × nl/en), marked default or custom. */
export async function listTemplates(): Promise<TemplateListItem[]> {
  const rows = await db.messageTemplate.findMany();
  const custom = new Map(rows.map((r) => [`${r.key}|${r.channel}|${r.locale}`, r]));
  const out: TemplateListItem[] = [];
  for (const key of TEMPLATE_KEYS) {
    for (const channel of Object.keys(DEFAULT_TEMPLATES[key]) as MessageChannel[]) {
      for (const locale of MESSAGE_LOCALES) {
        const row = custom.get(`${key}|${channel}|${locale}`);
        out.push({
          key,
          channel,
          locale,
          source: row ? "custom" : "default",
          version: row?.version ?? 0,
          updatedAt: row?.updatedAt ?? null,
        });
      }
    }
  }
  return out;
}

export async function getTemplate(key: string, channel: MessageChannel, locale: MessageLocale) {
  return resolveTemplate(db, key, channel, locale);
}

function checkTemplate(input: TemplateInput): TemplateText {
  if (!defaultTemplate(input.key, input.channel, input.locale))
    throw new AppError("INVALID", "Onbekend sjabloon");
  const text: TemplateText = {
    subject: input.channel === "EMAIL" ? (input.subject ?? "") : null,
    body: input.body,
    bodyHtml: input.channel === "EMAIL" ? (input.bodyHtml ?? null) : null,
  };
  if (input.channel === "EMAIL" && !text.subject?.trim())
    throw new AppError("INVALID", "Een e-mail heeft een onderwerp nodig");
  const unknown = unknownPlaceholders(text);
  if (unknown.length)
    throw new AppError("INVALID", `Onbekende variabelen: ${unknown.map((u) => `{${u}}`).join(", ")}`, {
      unknown,
    });
  return text;
}

/** Saves a controller's version (a new version number each time); messages already queued keep their text. */
export async function saveTemplate(input: TemplateInput, userId: string | null) {
  const text = checkTemplate(input);
  const where = {
    key_channel_locale: { key: input.key, channel: input.channel as Channel, locale: input.locale },
  };
  return db.messageTemplate.upsert({
    where,
    create: { key: input.key, channel: input.channel, locale: input.locale, ...text, updatedById: userId },
    update: { ...text, version: { increment: 1 }, updatedById: userId },
  });
}

/** Back to the built-in text. */
export async function resetTemplate(key: string, channel: MessageChannel, locale: MessageLocale) {
  await db.messageTemplate.deleteMany({ where: { key, channel, locale } });
}

/** Renders an (unsaved) template with sample data and the real branding, for the editor's preview. */
export async function previewTemplate(input: TemplateInput): Promise<RenderedMessage> {
  const text = checkTemplate(input);
  const locale = toMessageLocale(input.locale);
  const branding = await loadBranding();
  const sample: Record<string, string> = {};
  for (const [name, values] of Object.entries(TEMPLATE_VARIABLES)) sample[name] = values[locale];
  sample.creditorName = branding.creditorName;
  if (branding.supportPhone) sample.supportPhone = branding.supportPhone;
  if (branding.supportEmail) sample.supportEmail = branding.supportEmail;
  return renderTemplate(text, sample, { channel: input.channel, locale, branding });
}
