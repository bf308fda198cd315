// Shared checks for the kind modules' tests: a kind's input at a fixed New York clock, and what a copyable draft keeps.
import { expect } from 'vitest';
import { composeNudge } from '../../src/coach/compose';
import { factsOf } from '../../src/coach/compose/facts';
import type { KindInput, KindTemplate, Shape } from '../../src/coach/compose/kinds/template';
import type { NudgeSubject } from '../../src/domain/types';
import { segments } from '../segments';
import { at, NY, namesADetail, PLAIN } from './compose-fixtures';

/** Thursday 2026-12-10, 10:00 in New York. */
export const NOW = at(2026, 12, 10, 10);
export const OPTIONS = { now: NOW, zone: NY };
export const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

export function kindInput(subject: NudgeSubject, seed = 0, clip = 0, options = OPTIONS): KindInput {
  return { subject, facts: factsOf(subject, seed, clip), seed, clip, options };
}

export function shapeOf(template: KindTemplate, subject: NudgeSubject, seed = 0): Shape {
  return template.shape(kindInput(subject, seed));
}

/** The text inside a quoted draft. */
export const unquote = (draft: string) => draft.replace(/^"|"$/g, '');

/**
 * What a draft the user copies must keep: quoted, the person's first name, no empty slot, no "them/their" for a
 * named person, Kindling's plain characters, and at most 2 SMS segments on its own.
 */
export function expectCopyable(draft: string, first: string) {
  expect(draft, draft).toMatch(/^"[^"]+"$/);
  expect(draft, draft).toContain(first);
  expect(draft, draft).not.toContain('  ');
  expect(draft, draft).not.toMatch(/\b(them|their|they)\b/i);
  expect(draft, draft).not.toMatch(/\b(undefined|null|NaN)\b|<|>/);
  expect(draft, draft).toMatch(PLAIN);
  expect(segments(draft), draft).toBeLessThanOrEqual(2);
}

/** The whole text a user gets for one subject: it names the person, has no empty slot and fits 2 segments. */
export function expectComposedFits(subject: NudgeSubject, seed = 0) {
  const text = composeNudge([subject], seed, OPTIONS);
  expect(text, text).toContain(subject.person.name.split(/\s+/)[0] ?? '');
  expect(text, text).not.toContain('  ');
  expect(text, text).not.toMatch(/\b(undefined|null|NaN)\b/);
  expect(segments(text), text).toBeLessThanOrEqual(2);
  return text;
}

/** The whole text for one subject cites something the user noted about them (where they met, an interest, work, an event). */
export function expectNamesADetail(subject: NudgeSubject, seed = 0) {
  const text = composeNudge([subject], seed, OPTIONS);
  expect(namesADetail(text, subject.person), text).toBe(true);
}
