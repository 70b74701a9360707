import {
  applyTwilioStatus,
  isValidTwilioRequest,
  readTwilioRequest,
} from "@/features/messaging/webhooks.server";

// Twilio delivery reports for SMS and calls. Unsigned or wrongly signed requests change nothing.
export async function POST(request: Request) {
  const req = await readTwilioRequest(request);
  if (!isValidTwilioRequest(req)) return new Response("Forbidden", { status: 403 });
  await applyTwilioStatus(req);
  return new Response(null, { status: 204 });
}
