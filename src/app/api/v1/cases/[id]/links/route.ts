import { z } from "zod";
import { createResponseLink } from "@/features/responses/links.server";
import { parseJsonText, parseWith, readBodyText } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ validityDays: z.number().int().min(1).max(365).optional() }).strict();

/** An ERP makes a response link and sends it itself: `{ url, expiresAt }` (the URL is not stored). */
export const POST = apiRoute<{ id: string }>({
  auth: "apiKey",
  handler: async ({ request, params }) => {
    // A malformed id cannot name a case: 404, like an unknown one.
    if (!z.uuid().safeParse(params.id).success) throw new AppError("NOT_FOUND", "Zaak niet gevonden");
    const text = await readBodyText(request, 4096);
    const body = parseWith(bodySchema, text.trim() === "" ? {} : parseJsonText(text));
    const link = await createResponseLink(undefined, params.id, { validityDays: body.validityDays });
    return Response.json({ url: link.url, expiresAt: link.expiresAt.toISOString() }, { status: 201 });
  },
});
