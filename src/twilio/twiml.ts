// TwiML answers for the inbound webhook, built (and XML-escaped) by the twilio package's MessagingResponse.
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse';

/** "Saved Sarah" -> <?xml ...?><Response><Message>Saved Sarah</Message></Response>; null -> an empty <Response/>. */
export function twimlReply(text: string | null): string {
  const response = new MessagingResponse();
  if (text) response.message(text);
  return response.toString();
}

export function twimlResponse(text: string | null): Response {
  return new Response(twimlReply(text), { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
}
