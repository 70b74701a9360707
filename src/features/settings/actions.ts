"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { organisationSettingsSchema } from "./schemas";
import { updateOrganisationSettings } from "./settings.server";

export const updateOrganisationSettingsAction = defineAction({
  permission: "settings:manage",
  schema: organisationSettingsSchema,
  handler: async ({ input }) => {
    await updateOrganisationSettings(input);
    revalidatePath("/instellingen");
    return { saved: true };
  },
});
