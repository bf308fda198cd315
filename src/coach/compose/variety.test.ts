// Issue 22 gap 5: no phrase repeated within a user's last 10 texts from Kindling ("your work as a", "this week. You in?",
// "I'd love to hear more about"), with the recent texts as the input that moves the wording on.
import { describe, expect, it } from 'vitest';
import { composeNudge } from '.';
import { at, NY, type Person, subject } from '../../../test/support/compose-fixtures';
import { repeats, repeatsWithin, wornPhrases } from './variety';

const NOW = at(2026, 4, 10, 10);
const who = (name: string, interests: string[], work: string[] = []): Person => ({
  name,
  met: `${name.toLowerCase()} meetup`,
  interests,
  work,
  hasContact: true,
  events: [],
  warmth: 'warm',
});
const PEOPLE = [
  who('Ada', ['modular synths']),
  who('Chris', [], ['product designer']),
  who('Dana', [], ['UX researcher']),
  who('Lena', [], ['painter']),
  who('Omar', ['coffee']),
  who('Sarah', ['pottery']),
  who('Bea', ['books']),
  who('Rafi', ['jazz']),
  who('Zoe', ['hiking']),
  who('Ivan', [], ['architect']),
];
const TEMPLATES = [/your work as an? /i, /this week\. You in\?/i, /I'd love to hear more about/i, /Would love to catch up on/i, /Tell me more about/i];

describe('wording varies with what the user was sent lately', () => {
  it('phrases are 4 words in a row, the reply words aside', () => {
    const worn = wornPhrases(["Hey Ada, I'm thinking a coffee this week. You in? Reply DONE 1 or SNOOZE 2."]);
    expect(repeats('Hi Zoe! A walk this week. You in?', worn)).toBe(1);
    expect(repeats('Reply DONE 1 or SNOOZE 2.', worn)).toBe(0);
  });

  /** Twenty texts of three kinds in turn to ten people; how many repeat a template phrase of the 10 before them. */
  function templateRepeats(start: number, remember: boolean): string[] {
    const sent: string[] = [];
    const found: string[] = [];
    const kinds = ['first-follow-up', 'check-in', 'deepen'] as const;
    const draftOf = (text: string) => /"([^"]+)"/.exec(text)?.[1] ?? text;
    for (let i = 0; i < 20; i++) {
      const person = PEOPLE[i % PEOPLE.length] as Person;
      const kind = kinds[(start + i) % kinds.length] ?? 'check-in';
      const text = composeNudge([subject(kind, person)], 3 + i, { now: NOW, zone: NY, recent: remember ? sent.slice(0, 10) : [] });
      const window = sent.slice(0, 10);
      for (const template of TEMPLATES) {
        if (template.test(draftOf(text)) && window.some((earlier) => template.test(draftOf(earlier)))) found.push(`${text} repeats ${template}`);
      }
      sent.unshift(text);
    }
    return found;
  }

  it.each([0, 1, 2])('twenty texts of three kinds in turn (start %i): at most one template phrase again within 10, fewer than blind', (start) => {
    const blind = templateRepeats(start, false);
    const seeing = templateRepeats(start, true);
    expect(seeing.length, seeing.join('\n')).toBeLessThanOrEqual(1);
    expect(seeing.length).toBeLessThan(blind.length);
  });

  it('without recent texts the seed alone picks, as before', () => {
    const person = PEOPLE[0] as Person;
    expect(composeNudge([subject('deepen', person)], 5, { now: NOW, zone: NY })).toBe(
      composeNudge([subject('deepen', person)], 5, { now: NOW, zone: NY, recent: [] }),
    );
  });
});

describe('repeatsWithin', () => {
  it.each([
    ['1) Sarah: "Fun meeting you, Sarah!"\n2) Zoe: "Fun meeting you, Zoe!"', 1],
    ['1) Sarah: "Fun meeting you, Sarah!"\n2) Zoe: "So nice to meet you, Zoe!"', 0],
    ['Text Ada: "Hey Ada, up for a coffee?" Reply DONE, SNOOZE or SKIP.', 0],
  ])('%j: %i', (text, expected) => {
    expect(repeatsWithin(text)).toBe(expected);
  });
});
