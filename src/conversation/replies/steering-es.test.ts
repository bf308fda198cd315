// The Spanish steering replies, and which texts set the language: GSM-7 within 2 segments, the person named, no
// English of Kindling's own; a short "ok" or "done" keeps the language the user wrote in last.
import { describe, expect, it } from 'vitest';
import { gloss } from '../../understand/gloss';
import { languageAfter, textLanguage } from '../../understand/language';
import { readText } from '../../understand/read-text';
import { segmentCount } from '../../domain/sms-length';
import { doneGetContactEs, doneInPersonEs, doneReplyEs, skippedEs, snoozedEs, updateReplyEs } from './steering-es';

const NY = 'America/New_York';
const NOW = Date.UTC(2026, 11, 1, 23);
const NEXT = { kind: 'deepen' as const, dueAt: NOW + 3 * 86_400_000 };
const ENGLISH = /\b(?:I'll|Reply|the|you|with|Nice|Love|sounds)\b/;

describe('Spanish steering replies', () => {
  const replies: [string, string][] = [
    ['done', doneReplyEs('Lucía Fernández')],
    ['done in person', doneInPersonEs('Lucía')],
    ['done, get the number', doneGetContactEs('Lucía')],
    ['snoozed', snoozedEs('Lucía', NOW + 3 * 86_400_000, NOW, NY)],
    ['skipped', skippedEs('Lucía', NEXT, NOW, NY)],
    ['skipped, nothing next', skippedEs('Lucía', null, NOW, NY)],
    ['warm', updateReplyEs('Lucía', 'warm', NEXT, NOW, NY)],
    ['warm with a pair', updateReplyEs('Lucía', 'warm', { ...NEXT, kind: 'bring-together', pair: { name: 'Ana' } }, NOW, NY)],
    ['lukewarm', updateReplyEs('Lucía', 'lukewarm', NEXT, NOW, NY)],
    ['no answer', updateReplyEs('Lucía', 'none', NEXT, NOW, NY)],
  ];
  it.each(replies)('%s: %s', (_case, text) => {
    const count = segmentCount(text);
    expect(count.encoding).toBe('GSM-7');
    expect(count.segments).toBeLessThanOrEqual(2);
    expect(text).toMatch(/Lucia/);
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toMatch(/\b(?:tomorrow|today|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Dec)\b/);
  });

  it('an opening is not the one said just before', () => {
    const first = doneReplyEs('Lucia');
    expect(doneReplyEs('Lucia', [first]).slice(0, 12)).not.toBe(first.slice(0, 12));
  });
});

describe('textLanguage', () => {
  it.each([
    ['conocí a Lucía en el café, le encanta la salsa', 'es'],
    ['ya le escribí a Lucía', 'es'],
    ['she wrote back right away, we are getting coffee', 'en'],
    ['Met Jake at the networking event, he works on a fintech startup', 'en'],
    ['done', null],
    ['ok', null],
    ['listo', null],
    ['Lucia', null],
  ])('%j -> %s', (text, language) => {
    expect(textLanguage(readText(text).keys)).toBe(language);
  });
});

describe('Spanish answers glossed for the reply readers', () => {
  it.each([
    ['posponer 3 dias', 'snooze 3 days'],
    ['pospón una semana', 'snooze 1 week'],
    ['posponer un dia', 'snooze 1 days'],
    ['saltar', 'skip'],
    ['me contestó', 'wrote back'],
    ['no me ha contestado', 'no answer yet'],
    ['todavía no contesta', 'no answer yet'],
    ['genial', 'great'],
    ['más o menos', 'so-so'],
  ])('%j -> %j', (text, english) => {
    expect(gloss(text)).toBe(english);
  });

  it('a long note is not glossed as an answer', () => {
    const note = 'Conocí a Pablo en el mercado, me contestó que sí viene a la fiesta del sábado con su hermana y su perro';
    expect(gloss(note)).not.toMatch(/\b(?:wrote back|snooze|skip)\b/);
  });
});

describe('languageAfter', () => {
  it.each([
    ['an English user, one Spanish note', 'en', 'es', ['bea from the bookstore, 646-555-0182', 'met sarah at the gym, she is into climbing'], false, 'en'],
    ['two Spanish texts in a row', 'en', 'es', ['ya le escribí a lucía, me contestó'], false, 'es'],
    ['a bare reply in between does not count', 'en', 'es', ['ok', 'ya le escribí a lucía, me contestó'], false, 'es'],
    ['a new number', 'en', 'es', [], true, 'es'],
    ['just starting, nothing clear said before', 'en', 'es', ['hi', 'ok'], false, 'es'],
    ['terse English texts before', 'en', 'es', ['ok', 'dana from work, ux researcher', 'ty'], false, 'en'],
    ['a Spanish user, one English text', 'es', 'en', ['conocí a marta en el parque'], false, 'es'],
    ['too short to tell', 'es', null, ['conocí a marta en el parque'], false, 'es'],
  ] as const)('%s', (_, kept, spoken, earlier, isNew, after) => {
    expect(languageAfter(kept, spoken, earlier, isNew)).toBe(after);
  });
});
