import { messages as apiKeys } from "@/features/api-keys/messages";
import { messages as cases } from "@/features/cases/messages";
import { messages as imports } from "@/features/imports/messages";
import { messages as invitations } from "@/features/invitations/messages";
import { messages as messaging } from "@/features/messaging/messages";
import { messages as responses } from "@/features/responses/messages";
import type { Locale } from "../config";
import en from "./en.json";
import nl from "./nl.json";

// Shared words live in nl.json/en.json; each feature keeps its own namespace in its messages.ts.
const features = [apiKeys, cases, imports, invitations, messaging, responses];

export function messagesFor(locale: Locale): Record<string, unknown> {
  return Object.assign({}, locale === "en" ? en : nl, ...features.map((f) => f[locale]));
}
