// plans: plans, invitations, cancellations and their news, with their time, and the mixed report "texted ines, she
// wants to climb saturday" (done, warm, and a plan).
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, local, view } from '../../test/support/understand/reader-context';
import { readPlans } from './plans';
import type { Meaning } from './types';

// Tue Dec 1 2026, 18:00 New York; the latest note was about Ines
const ctx = ctxWith({ latest: 'Ines' });
const ref = (name: string) => ({ name, id: idOf(name) });
/** The meaning with its times as local "YYYY-MM-DD HH:MM", so a row reads as the user would. */
const readLocal = (text: string) => JSON.parse(JSON.stringify(readPlans(view(text), ctx), (key, value) => (key === 'at' ? local(value) : value)));

describe('readPlans', () => {
  it.each([
    [
      'texted ines, she wants to climb saturday',
      { intent: 'done', person: ref('Ines'), warmth: 'warm', plan: { kind: 'plan', what: 'climb', when: { at: '2026-12-05 10:00', day: '2026-12-05' } } },
    ],
    ['texted her, no reply yet', { intent: 'done', person: ref('Ines'), warmth: 'none', plan: null }],
    ['called jake, left a voicemail', { intent: 'done', person: ref('Jake'), warmth: null, plan: null }],
    [
      "we're getting lunch thursday!",
      {
        intent: 'plan',
        person: ref('Ines'),
        plan: { kind: 'plan', what: 'lunch', when: { at: '2026-12-03 10:00', day: '2026-12-03' } },
        warmth: 'warm',
        raw: "we're getting lunch thursday!",
      },
    ],
    [
      'jake and i are getting coffee tomorrow at 3',
      {
        intent: 'plan',
        person: ref('Jake'),
        plan: { kind: 'plan', what: 'coffee', when: { at: '2026-12-02 15:00', day: '2026-12-02' } },
        warmth: 'warm',
        raw: 'jake and i are getting coffee tomorrow at 3',
      },
    ],
    [
      'ada invited me to her birthday party on friday',
      {
        intent: 'plan',
        person: ref('Ada'),
        plan: { kind: 'invite', what: 'birthday party', when: { at: '2026-12-04 10:00', day: '2026-12-04' } },
        warmth: 'warm',
        raw: 'ada invited me to her birthday party on friday',
      },
    ],
    [
      'she had to cancel',
      { intent: 'plan', person: ref('Ines'), plan: { kind: 'cancel', what: '', when: null }, warmth: 'lukewarm', raw: 'she had to cancel' },
    ],
    [
      'we swim together every saturday at the pool',
      {
        intent: 'plan',
        person: ref('Ines'),
        plan: { kind: 'recurring', what: 'swim', when: null, every: 'Saturdays at the pool' },
        warmth: null,
        raw: 'we swim together every saturday at the pool',
      },
    ],
    ['omid closed his round!!', { intent: 'news', person: ref('Omid'), event: null, what: 'closed his round', raw: 'omid closed his round!!' }],
    [
      'huge news! omid closed his round',
      { intent: 'news', person: ref('Omid'), event: null, what: 'closed his round', raw: 'huge news! omid closed his round' },
    ],
    ['climbed w ines today, so fun', { intent: 'update', person: ref('Ines'), warmth: 'warm', raw: 'climbed w ines today, so fun' }],
    ['lunch w ada was great', { intent: 'update', person: ref('Ada'), warmth: 'warm', raw: 'lunch w ada was great' }],
    ['lunch w ada was kinda awkward', { intent: 'update', person: ref('Ada'), warmth: 'lukewarm', raw: 'lunch w ada was kinda awkward' }],
  ] as [string, Meaning][])('%j', (text, meaning) => {
    expect(readLocal(text)).toEqual(meaning);
  });

  it.each([
    'met a guy named tom at the gym',
    'who is jake',
    // a way to reach a saved person is contact info, never their news
    'omids # is 604.555.0149',
    "Omid's mobile is 086 482 9173",
    "noor's whatsapp is her mexican # 951 123 4567 so put +52",
    'jake has a new number, 312 555 0199',
    'ines has a new insta, @ines.climbs',
    'omid just got a new email omid@example.com',
  ])('%j: null', (text) => {
    expect(readPlans(view(text), ctx)).toBeNull();
  });
});
