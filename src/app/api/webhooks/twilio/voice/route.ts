import {
  handleVoiceKeypress,
  isValidTwilioRequest,
  readTwilioRequest,
} from "@/features/messaging/webhooks.server";

// The key the consumer pressed in our voice message (TwiML <Gather> action). Answers with TwiML.
export async function POST(request: Request) {
  const req = await readTwilioRequest(request);
  if (!isValidTwilioRequest(req)) return new Response("Forbidden", { status: 403 });
  const twiml = await handleVoiceKeypress(req);
  return new Response(twiml, { status: 200, headers: { "content-type": "text/xml; charset=utf-8" } });
}
