// Fitting a nudge into SMS segments: of the candidate texts (richest first), the first complete one that fits.

import { segmentCount, truncateToSegments } from '../../domain/sms-length';

export interface Candidate {
  text: string;
  /** names a detail, carries its draft (when the kind has one) and a reply hint */
  complete: boolean;
  /** may be chosen to make the text a single segment */
  single: boolean;
}

/**
 * The text to send: the first complete candidate allowed to be single that fits 1 segment, else the first complete one
 * that fits 2, else any that fits 2, else the last (barest) cut to 2 segments.
 * @example chooseFitting([{ text: long, complete: true, single: true }, { text: 'Hi Sarah. Reply DONE.', complete: true, single: true }])
 *   // 'Hi Sarah. Reply DONE.' when `long` takes 2 segments
 */
export function chooseFitting(candidates: Candidate[]): string {
  const sized = candidates.map((candidate) => ({ ...candidate, segments: segmentCount(candidate.text).segments }));
  const chosen =
    sized.find((c) => c.complete && c.single && c.segments <= 1) ?? sized.find((c) => c.complete && c.segments <= 2) ?? sized.find((c) => c.segments <= 2);
  if (chosen) return chosen.text;
  const barest = sized.at(-1)?.text ?? '';
  return truncateToSegments(barest, 2);
}
