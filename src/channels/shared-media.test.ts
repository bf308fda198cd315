// shared-media: an inbound text's attachments: cards fetched together (each within its share of the byte budget) and
// read against one MAX_CARDS budget for the whole text; pictures named, never fetched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_CARD_BYTES } from '../twilio/media';
import { MAX_CARDS } from '../understand/vcard-import';
import { cardBytesEach, carriesCard, readFetchedMedia, readSharedMedia, type SharedMedia } from './shared-media';

const NOW = Date.UTC(2026, 11, 1, 23);
const READ = { now: NOW, timeZone: 'America/New_York', defaultCountry: 'US' };
const cards = (...names: string[]) => names.map((name) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEND:VCARD\r\n`).join('');
const ana: SharedMedia = {
  kind: 'read',
  read: {
    kind: 'cards',
    cards: [{ kind: 'person', person: { name: 'Ana', contacts: {}, work: [], events: [], birthday: null, note: null, extras: [] } }],
    beyondLimit: 0,
  },
};

describe('cardBytesEach', () => {
  it.each([
    [0, MAX_CARD_BYTES],
    [1, MAX_CARD_BYTES],
    [2, MAX_CARD_BYTES],
    [3, 174_762],
    [20, 26_214],
  ] as const)('%i cards: %i bytes each', (count, want) => {
    expect(cardBytesEach(count)).toBe(want);
  });
});

describe('carriesCard', () => {
  it.each([
    [{ MediaContentType0: 'text/vcard' }, 1, true],
    [{ MediaContentType0: 'TEXT/VCARD' }, 1, true],
    [{ MediaContentType0: 'image/jpeg', MediaContentType1: 'text/x-vcard; charset=utf-8' }, 2, true],
    [{ MediaContentType0: 'image/jpeg', MediaContentType1: 'text/vcard' }, 1, false],
    [{}, 0, false],
  ] as const)('%j (NumMedia %i): %j', (form, numMedia, want) => {
    expect(carriesCard({ ...form }, numMedia)).toBe(want);
  });
});

describe('readFetchedMedia', () => {
  it('a picture, a card that timed out, a card read: in order', () => {
    const fetched = [null, { kind: 'timeout' as const }, { kind: 'ok' as const, text: cards('Ana'), contentType: 'text/vcard' }];
    expect(readFetchedMedia(fetched, READ)).toEqual([{ kind: 'picture' }, { kind: 'unread', outcome: { kind: 'timeout' } }, ana]);
  });

  it('an empty attachment and one with no card in it', () => {
    const fetched = [
      { kind: 'ok' as const, text: '  ', contentType: 'text/vcard' },
      { kind: 'ok' as const, text: 'hello', contentType: 'text/vcard' },
    ];
    expect(readFetchedMedia(fetched, READ)).toEqual([
      { kind: 'read', read: { kind: 'empty' } },
      { kind: 'read', read: { kind: 'no-card' } },
    ]);
  });

  it(`one budget of ${MAX_CARDS} cards for the whole text: the cards past it are counted`, () => {
    const fetched = [cards('A', 'B', 'C', 'D', 'E', 'F'), cards('G', 'H', 'I', 'J', 'K', 'L'), cards('M')].map((text) => ({
      kind: 'ok' as const,
      text,
      contentType: 'text/vcard',
    }));
    const counts = readFetchedMedia(fetched, READ).map((media) =>
      media.kind === 'read' && media.read.kind === 'cards' ? [media.read.cards.length, media.read.beyondLimit] : media.kind,
    );
    expect(counts).toEqual([
      [6, 0],
      [4, 2],
      [0, 1],
    ]);
  });
});

describe('readSharedMedia', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches the cards (with Twilio credentials), never the pictures, and reads them', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(`${String(input)} ${new Headers(init?.headers).get('authorization') ?? ''}`);
      return new Response(cards('Ana'), { headers: { 'content-type': 'text/vcard' } });
    });
    const form = {
      MediaContentType0: 'image/jpeg',
      MediaUrl0: 'https://api.twilio.test/Media/ME0',
      MediaContentType1: 'text/vcard',
      MediaUrl1: 'https://api.twilio.test/Media/ME1',
    };
    const options = {
      accountSid: 'AC0000',
      authToken: 'secret',
      apiBase: 'https://api.twilio.test',
      now: NOW,
      timeZone: 'America/New_York',
      phone: '+19175550100',
    };
    expect(await readSharedMedia(form, 2, options)).toEqual([{ kind: 'picture' }, ana]);
    expect(asked).toEqual([`https://api.twilio.test/Media/ME1 Basic ${btoa('AC0000:secret')}`]);
  });
});
