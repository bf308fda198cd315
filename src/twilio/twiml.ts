// TwiML answers for the inbound webhook, built (and XML-escaped) by the twilio package's MessagingResponse.
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse';

/** Characters XML 1.0 cannot carry at all (control characters, U+FFFE/U+FFFF, lone surrogates): the builder throws on them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * "Saved Sarah" -> <?xml ...?><Response><Message>Saved Sarah</Message></Response>; null -> an empty <Response/>.
 * Replies can echo the user's text ("tz \uFFFF"): characters XML cannot hold are dropped rather than failing the answer.
 */
export function twimlReply(text: string | null): string {
  const response = new MessagingResponse();
  const clean = text?.replace(NOT_XML, '');
  if (clean) response.message(clean);
  return response.toString();
}

export function twimlResponse(text: string | null): Response {
  return new Response(twimlReply(text), { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
}
