"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createApiKey, revokeApiKey } from "./api-keys.server";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";

export const createApiKeyAction = defineAction({
  permission: "apikeys:manage",
  schema: createApiKeySchema,
  handler: async ({ input, user }) => {
    const created = await createApiKey({ name: input.name, createdById: user.id });
    revalidatePath("/instellingen/api-sleutels");
    // The only time the full key leaves the server.
    return { id: created.id, name: created.name, prefix: created.prefix, key: created.key };
  },
});

export const revokeApiKeyAction = defineAction({
  permission: "apikeys:manage",
  schema: revokeApiKeySchema,
  handler: async ({ input }) => {
    const result = await revokeApiKey(input.id);
    revalidatePath("/instellingen/api-sleutels");
    return { id: result.id };
  },
});
