import { z } from "zod";
import { isValidIban, normalizeIban } from "@/lib/iban";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const organisationSettingsSchema = z.object({
  creditorName: z.string().trim().min(2, "Vul de naam van de incassant in").max(140),
  creditorId: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/, "Ongeldig incassant-ID"),
  ),
  iban: optional(z.string().trim().transform(normalizeIban).refine(isValidIban, "Ongeldig IBAN")),
  bic: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "Ongeldige BIC"),
  ),
  senderEmail: optional(z.string().trim().email("Ongeldig e-mailadres")),
  supportEmail: optional(z.string().trim().email("Ongeldig e-mailadres")),
  smsSender: optional(
    z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9 ]{1,11}|\+\d{8,15})$/, "Maximaal 11 letters/cijfers of een telefoonnummer"),
  ),
  supportPhone: optional(z.string().trim().max(30)),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Gebruik een kleur als #0f766e"),
});
export type OrganisationSettingsInput = z.input<typeof organisationSettingsSchema>;
