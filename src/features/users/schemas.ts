import { z } from "zod";
import { ROLES } from "@/features/auth/roles";

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Ongeldig e-mailadres"),
  name: z.string().trim().min(2, "Vul een naam in").max(120),
  role: z.enum(ROLES),
  password: z.string().min(12, "Minimaal 12 tekens").max(200),
  locale: z.enum(["nl", "en"]).default("nl"),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const setUserActiveSchema = z.object({
  userId: z.string().uuid(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
