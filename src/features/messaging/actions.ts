"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dispatchSoon, requeueMessage } from "./outbox.server";
import { templateInputSchema, templateRefSchema } from "./schemas";
import { previewTemplate, resetTemplate, saveTemplate } from "./templates.server";

export const previewTemplateAction = defineAction({
  permission: "templates:edit",
  schema: templateInputSchema,
  handler: async ({ input }) => previewTemplate(input),
});

export const saveTemplateAction = defineAction({
  permission: "templates:edit",
  schema: templateInputSchema,
  handler: async ({ input, user }) => {
    const saved = await saveTemplate(input, user.id);
    revalidatePath("/sjablonen");
    return { version: saved.version };
  },
});

export const resetTemplateAction = defineAction({
  permission: "templates:edit",
  schema: templateRefSchema,
  handler: async ({ input }) => {
    await resetTemplate(input.key, input.channel, input.locale);
    revalidatePath("/sjablonen");
    return { reset: true };
  },
});

/** A failed message gets a fresh series of attempts (e.g. after the address was corrected at the provider). */
export const retryMessageAction = defineAction({
  permission: "outbox:view",
  schema: z.object({ id: z.string().uuid() }),
  handler: async ({ input }) => {
    await requeueMessage(input.id);
    await dispatchSoon([input.id]);
    revalidatePath("/berichten");
    return { id: input.id };
  },
});
