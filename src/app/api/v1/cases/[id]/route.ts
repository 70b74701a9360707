import { caseIdParamsSchema } from "@/features/api-keys/api-schemas";
import { getCaseForApi } from "@/features/cases/api.server";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>({
  auth: "apiKey",
  handler: async ({ params }) => {
    // A malformed id cannot name a case: 404, like an unknown one.
    const parsed = caseIdParamsSchema.safeParse(params);
    if (!parsed.success) throw new AppError("NOT_FOUND", "Zaak niet gevonden");
    return Response.json(await getCaseForApi(parsed.data.id));
  },
});
