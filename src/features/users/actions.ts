"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createUserSchema, setUserActiveSchema } from "./schemas";
import { createUser, setUserActive } from "./users.server";

export const createUserAction = defineAction({
  permission: "users:manage",
  schema: createUserSchema,
  handler: async ({ input }) => {
    const user = await createUser(input);
    revalidatePath("/instellingen");
    return user;
  },
});

export const setUserActiveAction = defineAction({
  permission: "users:manage",
  schema: setUserActiveSchema,
  handler: async ({ input, user }) => {
    const result = await setUserActive(input.userId, input.active, user.id);
    revalidatePath("/instellingen");
    return result;
  },
});
