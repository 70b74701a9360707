import "server-only";
import { db } from "@/lib/db/client";
import { type OrganisationSettingsInput, organisationSettingsSchema } from "./schemas";

const FALLBACK = { creditorName: "Mijn organisatie", brandColor: "#0f766e" };

export async function getOrganisationSettings() {
  return (await db.organisationSettings.findUnique({ where: { id: 1 } })) ?? { id: 1, ...FALLBACK };
}

export async function updateOrganisationSettings(input: OrganisationSettingsInput) {
  const data = organisationSettingsSchema.parse(input);
  const clean = {
    ...data,
    creditorId: data.creditorId ?? null,
    iban: data.iban ?? null,
    bic: data.bic ?? null,
    senderEmail: data.senderEmail ?? null,
    supportEmail: data.supportEmail ?? null,
    smsSender: data.smsSender ?? null,
    supportPhone: data.supportPhone ?? null,
  };
  return db.organisationSettings.upsert({ where: { id: 1 }, create: { id: 1, ...clean }, update: clean });
}
