import { z } from "zod";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(2, "Vul een naam in (minimaal 2 tekens)").max(80, "Maximaal 80 tekens"),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.string().uuid() });
