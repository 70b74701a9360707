import { z } from "zod";
import { TEMPLATE_KEYS } from "./default-templates";
import { MESSAGE_CHANNELS, MESSAGE_LOCALES } from "./types";

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => (v?.trim() ? v : undefined));

export const templateInputSchema = z.object({
  key: z.enum(TEMPLATE_KEYS),
  channel: z.enum(MESSAGE_CHANNELS),
  locale: z.enum(MESSAGE_LOCALES),
  subject: optionalText(300),
  body: z.string().trim().min(1, "Vul de tekst in").max(5000),
  bodyHtml: optionalText(50_000),
});
export type TemplateInput = z.output<typeof templateInputSchema>;

export const templateRefSchema = z.object({
  key: z.enum(TEMPLATE_KEYS),
  channel: z.enum(MESSAGE_CHANNELS),
  locale: z.enum(MESSAGE_LOCALES),
});

export const MESSAGE_STATUSES = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED"] as const;

/** The outbox page's filters (query string); anything unknown is ignored rather than an error. */
export const outboxFilterSchema = z.object({
  status: z.enum(MESSAGE_STATUSES).optional().catch(undefined),
  channel: z.enum(MESSAGE_CHANNELS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type OutboxFilter = z.output<typeof outboxFilterSchema>;
