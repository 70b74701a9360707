"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import type { Result } from "@/lib/errors";
import { sendInvitations } from "./invitations.server";
import { type SendInvitationsResult, sendInvitationsSchema } from "./schemas";

/** Staff: invite the debtors of one or more cases by e-mail, SMS or voice call. */
export const sendInvitationsAction = defineAction({
  permission: "cases:work",
  schema: sendInvitationsSchema,
  handler: async ({ input, user }) => {
    const result = await sendInvitations({ caseIds: input.caseIds, channel: input.channel, actor: user });
    revalidatePath("/storneringen");
    for (const s of result.sent) revalidatePath(`/storneringen/${s.caseId}`);
    return result;
  },
});

/**
 * The same, for a plain <form> (useActionState): the selected cases arrive as repeated `caseId`
 * fields and the channel as the pressed button's value, which defineAction's FormData reading would
 * collapse to one value — so they are gathered here first.
 */
export async function sendInvitationsFormAction(
  _previous: Result<SendInvitationsResult> | null,
  form: FormData,
): Promise<Result<SendInvitationsResult>> {
  return sendInvitationsAction({
    caseIds: form.getAll("caseId").filter((v): v is string => typeof v === "string"),
    channel: form.get("channel"),
  });
}
