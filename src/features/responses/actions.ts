"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createLinkSchema, revokeLinkSchema } from "./link-schemas";
import { createResponseLink, revokeResponseLink } from "./links.server";

/** Staff: a new response link for a case. The URL is returned once; only its hash is kept. */
export const createResponseLinkAction = defineAction({
  permission: "cases:work",
  schema: createLinkSchema,
  handler: async ({ input, user }) => {
    const link = await createResponseLink(undefined, input.caseId, {
      validityDays: input.validityDays,
      actor: user,
    });
    revalidatePath(`/storneringen/${input.caseId}`);
    return { url: link.url, expiresAt: link.expiresAt.toISOString(), linkId: link.linkId };
  },
});

export const revokeResponseLinkAction = defineAction({
  permission: "cases:work",
  schema: revokeLinkSchema,
  handler: async ({ input, user }) => {
    await revokeResponseLink(input.linkId, user);
    revalidatePath("/storneringen/[id]", "page");
    return { revoked: true };
  },
});
