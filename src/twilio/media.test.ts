import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES, fetchCardMedia, type CardMediaOptions, type CardMediaOutcome } from './media';

const API = 'https://api.twilio.com';
const MEDIA_URL = `${API}/2010-04-01/Accounts/AC0000/Messages/MM0000/Media/ME0000`;
const CDN = 'https://media.cdn.example/signed/abc?Expires=1';
const CARD = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sarah Chen\r\nEND:VCARD\r\n';

interface Call {
  url: string;
  authorization: string | null;
  redirect: string | undefined;
}

/** An injected fetch answering from `answer` and recording what was asked. */
function fakeFetch(answer: (url: string, call: number, signal: AbortSignal | null) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    calls.push({ url, authorization: new Headers(init?.headers).get('authorization'), redirect: init?.redirect });
    return answer(url, calls.length, init?.signal ?? null);
  };
  return { calls, fetcher: fetcher as typeof fetch };
}

const options = (fetcher: typeof fetch, extra: Partial<CardMediaOptions> = {}): CardMediaOptions => ({
  accountSid: 'AC0000',
  authToken: 'secret-token',
  apiBase: API,
  fetch: fetcher,
  ...extra,
});

/** A body that sends `size` bytes in 16 KiB chunks, and records whether it was read to the end. */
function streamOf(size: number, state = { pulled: 0 }): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const chunk = Math.min(16 * 1024, size - state.pulled);
      if (chunk <= 0) return controller.close();
      state.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(65));
    },
  });
}

describe('fetchCardMedia', () => {
  it.each<[string, () => Response, CardMediaOutcome]>([
    ['a vCard', () => new Response(CARD, { headers: { 'content-type': 'text/vcard' } }), { kind: 'ok', text: CARD, contentType: 'text/vcard' }],
    [
      'an x-vcard with a charset',
      () => new Response(CARD, { headers: { 'content-type': 'text/x-vcard; charset=utf-8' } }),
      { kind: 'ok', text: CARD, contentType: 'text/x-vcard' },
    ],
    [
      'octet-stream that is a card (its byte order mark dropped)',
      () => new Response(`\uFEFF${CARD}`, { headers: { 'content-type': 'application/octet-stream' } }),
      { kind: 'ok', text: CARD, contentType: 'application/octet-stream' },
    ],
    [
      'octet-stream that is not a card',
      () => new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), { headers: { 'content-type': 'application/octet-stream' } }),
      { kind: 'not-a-card', contentType: 'application/octet-stream' },
    ],
    [
      'a picture',
      () => new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), { headers: { 'content-type': 'image/jpeg' } }),
      { kind: 'not-a-card', contentType: 'image/jpeg' },
    ],
    [
      'plain text that is not a card',
      () => new Response('hello', { headers: { 'content-type': 'text/plain' } }),
      { kind: 'not-a-card', contentType: 'text/plain' },
    ],
    [
      'a declared length over the limit',
      () => new Response(CARD, { headers: { 'content-type': 'text/vcard', 'content-length': String(MAX_CARD_BYTES + 1) } }),
      { kind: 'too-large', limitBytes: MAX_CARD_BYTES },
    ],
    [
      'a streamed body over the limit',
      () => new Response(streamOf(MAX_CARD_BYTES + 1), { headers: { 'content-type': 'text/vcard' } }),
      { kind: 'too-large', limitBytes: MAX_CARD_BYTES },
    ],
    [
      'a body exactly at the limit',
      () => new Response(streamOf(MAX_CARD_BYTES), { headers: { 'content-type': 'text/vcard' } }),
      { kind: 'ok', text: 'A'.repeat(MAX_CARD_BYTES), contentType: 'text/vcard' },
    ],
    ['404', () => new Response('gone', { status: 404 }), { kind: 'unreachable', status: 404 }],
    ['401 (wrong credentials)', () => new Response('{"code":20003}', { status: 401 }), { kind: 'unreachable', status: 401 }],
    ['503', () => new Response('busy', { status: 503 }), { kind: 'unreachable', status: 503 }],
  ])('%s', async (_label, respond, expected) => {
    const { calls, fetcher } = fakeFetch(() => respond());
    expect(await fetchCardMedia(MEDIA_URL, options(fetcher))).toEqual(expected);
    expect(calls).toEqual([{ url: MEDIA_URL, authorization: `Basic ${btoa('AC0000:secret-token')}`, redirect: 'manual' }]);
  });

  it("follows Twilio's redirect to the signed URL without sending the credentials there", async () => {
    const { calls, fetcher } = fakeFetch((url) =>
      url === MEDIA_URL ? new Response(null, { status: 307, headers: { location: CDN } }) : new Response(CARD, { headers: { 'content-type': 'text/vcard' } }),
    );
    expect(await fetchCardMedia(MEDIA_URL, options(fetcher))).toEqual({ kind: 'ok', text: CARD, contentType: 'text/vcard' });
    expect(calls.map((call) => [call.url, call.authorization])).toEqual([
      [MEDIA_URL, `Basic ${btoa('AC0000:secret-token')}`],
      [CDN, null],
    ]);
  });

  it('a redirect to a failing URL is unreachable with its status', async () => {
    const { fetcher } = fakeFetch((_url, call) =>
      call === 1 ? new Response(null, { status: 302, headers: { location: CDN } }) : new Response('', { status: 500 }),
    );
    expect(await fetchCardMedia(MEDIA_URL, options(fetcher))).toEqual({ kind: 'unreachable', status: 500 });
  });

  it('stops reading a body as soon as it passes the limit', async () => {
    const state = { pulled: 0 };
    const { fetcher } = fakeFetch(() => new Response(streamOf(10 * MAX_CARD_BYTES, state), { headers: { 'content-type': 'text/vcard' } }));
    expect(await fetchCardMedia(MEDIA_URL, options(fetcher))).toEqual({ kind: 'too-large', limitBytes: MAX_CARD_BYTES });
    expect(state.pulled).toBeLessThanOrEqual(MAX_CARD_BYTES + 3 * 16 * 1024);
  });

  it.each<[string, string, string]>([
    ['another host', 'https://evil.example/2010-04-01/Accounts/AC0000/Messages/MM0000/Media/ME0000', API],
    ['plain http to Twilio', 'http://api.twilio.com/2010-04-01/Accounts/AC0000/Messages/MM0000/Media/ME0000', API],
    ['not a URL', 'not a url', API],
    ['a broken API base', MEDIA_URL, 'nope'],
  ])('%s: unreachable, and the credentials are never sent', async (_label, url, apiBase) => {
    const { calls, fetcher } = fakeFetch(() => new Response(CARD, { headers: { 'content-type': 'text/vcard' } }));
    expect(await fetchCardMedia(url, options(fetcher, { apiBase }))).toEqual({ kind: 'unreachable', status: null });
    expect(calls).toEqual([]);
  });

  it('a dropped connection is unreachable', async () => {
    const { fetcher } = fakeFetch(() => Promise.reject(new TypeError('Network connection lost.')));
    expect(await fetchCardMedia(MEDIA_URL, options(fetcher))).toEqual({ kind: 'unreachable', status: null });
  });

  it.each<[string, (signal: AbortSignal | null) => Promise<Response>]>([
    [
      'no answer that honours the abort',
      (signal) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    ],
    ['no answer that ignores the abort', () => new Promise<Response>(() => undefined)],
    [
      'headers, then a body that stalls',
      async () => new Response(new ReadableStream({ pull: () => new Promise<void>(() => undefined) }), { headers: { 'content-type': 'text/vcard' } }),
    ],
  ])('%s: timeout', async (_label, answer) => {
    const { fetcher } = fakeFetch((_url, _call, signal) => answer(signal));
    expect(await fetchCardMedia(MEDIA_URL, options(fetcher, { timeoutMs: 30 }))).toEqual({ kind: 'timeout' });
  });
});
