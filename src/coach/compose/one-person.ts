// A nudge about one person: lead, draft and reply hint, tried from richest to barest at each clip level of the notes.

import type { NudgeSubject } from '../../domain/types';
import { CLIP_WORDS, detailsOf, namesDetail } from './details';
import type { ComposeOptions } from './facts';
import { factsOf } from './facts';
import type { Candidate } from './fit';
import { KIND_TEMPLATES } from './kinds';
import { sentence } from './phrasing';
import { atMost } from './pick';

/** [lead level, draft level, hint level, label?] from richest to barest. */
const STEPS: [number, number, number, boolean][] = [
  [0, 0, 0, true],
  [0, 0, 0, false],
  [1, 0, 0, false],
  [1, 0, 1, false],
  [1, 1, 1, false],
  [1, 0, 2, false],
  [1, 1, 2, false],
  [2, 1, 2, false],
  [2, 2, 2, false],
];

/**
 * Every text a nudge about one person may be, richest first; complete ones name a detail. `hints` replace the kind's
 * reply hints (a digest's lead says DONE 1).
 * @example onePersonCandidates({ kind: 'first-follow-up', person: sarah }, 3)[0].text
 *   // 'Time to text Sarah (climbing gym) while it\'s fresh. Draft: "Hey Sarah, great meeting you at the climbing gym! ..." Reply DONE, SNOOZE or SKIP.'
 */
export function onePersonCandidates(subject: NudgeSubject, seed: number, options?: ComposeOptions, hints?: readonly string[]): Candidate[] {
  const template = KIND_TEMPLATES[subject.kind];
  const candidates: Candidate[] = [];
  for (let clip = 0; clip < CLIP_WORDS.length; clip++) {
    const facts = factsOf(subject, seed, clip);
    const shape = template.shape({ subject, facts, seed, clip, options });
    const details = detailsOf(subject, clip);
    for (const [leadLevel, draftLevel, hintLevel, label] of STEPS) {
      const lead = atMost(shape.leads, leadLevel) ?? '';
      const draft = shape.drafts.length > 0 ? (atMost(shape.drafts, draftLevel) ?? '') : '';
      const hint = atMost(hints ?? shape.hints, hintLevel) ?? '';
      const labelled = label && draft && shape.label ? `${shape.label} ${draft}` : draft;
      const text = sentence(lead, labelled, hint);
      // One segment is worth a shorter lead or hint, not losing the full draft or most of a note.
      candidates.push({ text, complete: namesDetail(text, details), single: draftLevel <= 1 && clip <= 1 });
    }
    candidates.push({ text: sentence(shape.bare, atMost(hints ?? shape.hints, 2)), complete: false, single: false });
  }
  return candidates;
}
