import { z } from "zod";

export const INVITATION_CHANNELS = ["EMAIL", "SMS", "VOICE"] as const;
export type InvitationChannel = (typeof INVITATION_CHANNELS)[number];

/** At most one page of the case list and a little more: a bulk send stays a request, not a batch job. */
export const MAX_BULK_CASES = 100;

export const sendInvitationsSchema = z.object({
  caseIds: z
    .array(z.uuid())
    .min(1, "Kies minstens één dossier")
    .max(MAX_BULK_CASES, `Kies hoogstens ${MAX_BULK_CASES} dossiers`),
  channel: z.enum(INVITATION_CHANNELS),
});
export type SendInvitationsInput = z.infer<typeof sendInvitationsSchema>;

/** Why a case was not invited; the UI translates these (invitations.reason.<code>). */
export const SKIP_REASONS = [
  "not_found",
  "closed",
  "no_email",
  "no_phone",
  "invalid_address",
  "recently_sent",
  "failed",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SentInvitation {
  caseId: string;
  caseNumber: number;
  messageId: string;
}

export interface SkippedInvitation {
  caseId: string;
  /** null when the case does not exist. */
  caseNumber: number | null;
  reason: SkipReason;
  /** The service's own sentence (Dutch), for logs and a tooltip; the UI shows the translated reason. */
  detail?: string;
}

export interface SendInvitationsResult {
  channel: InvitationChannel;
  sent: SentInvitation[];
  skipped: SkippedInvitation[];
}
