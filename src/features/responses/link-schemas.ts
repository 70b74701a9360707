import { z } from "zod";

// Staff side of the responses feature (defineAction takes classic zod). Kept apart from the consumer
// form's schema so the form's JavaScript never pulls in classic zod.

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const createLinkSchema = z.object({
  caseId: z.uuid(),
  validityDays: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : blankToUndefined(v)),
    z.number().int().min(1).max(365).optional(),
  ),
});

export const revokeLinkSchema = z.object({ linkId: z.uuid() });
