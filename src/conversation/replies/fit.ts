// Fitting a reply into SMS segments: what the user typed is clipped to whole words, names shorten only when they must.

import { clipWords, fitToSegments, truncateToSegments } from '../../domain/sms-length';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` on one line, at most `maxWords` whole words and `maxUnits` UTF-16 units, with no trailing punctuation; a word
 * too long for that is cut between graphemes.
 * @example clip('the rooftop bar on top of the old mill', 3, 40) // 'the rooftop bar'
 */
export function clip(text: string, maxWords = Infinity, maxUnits = Infinity): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const words = Number.isFinite(maxWords) ? clipWords(oneLine, maxWords) : oneLine;
  let kept = words;
  if (words.length > maxUnits) {
    kept = '';
    for (const { segment } of graphemes.segment(words)) {
      if (kept.length + segment.length > maxUnits) break;
      kept += segment;
    }
    const space = kept.lastIndexOf(' ');
    if (space > kept.length / 2) kept = kept.slice(0, space);
  }
  return kept.replace(/[\s,;:.-]+$/, '');
}

/**
 * A name as a reply shows it: as noted, then at most 3 words, then the first word; never empty.
 * @example nameForms('Maria del Carmen Lopez') // ['Maria del Carmen Lopez', 'Maria del Carmen', 'Maria']
 */
export function nameForms(name: string): string[] {
  const forms = [clip(name), clip(name, 3, 40), clip(name, 1, 20)].map((form) => form || 'that person');
  return [...new Set(forms)];
}

/**
 * The reply to send: the first of `candidates` (richest first) that fits one segment among the first `singles`,
 * else the first that fits two, else the barest cut to two.
 * @example fitReply(['a'.repeat(200), 'short'], 1) // 'a'.repeat(200) (it fits two segments; only the first may be one)
 */
export function fitReply(candidates: readonly string[], singles = 1): string {
  return fitToSegments(candidates.slice(0, singles), 1) ?? fitToSegments(candidates, 2) ?? truncateToSegments(candidates.at(-1) ?? '', 2);
}

/**
 * A reply about one named person: each wording (richest first) with the name as noted may be the one-segment text;
 * shorter forms of the name come in only when two segments cannot hold it.
 * @example fitNamed('Sarah', [(n) => `Forgot ${n}.`]) // 'Forgot Sarah.'
 */
export function fitNamed(name: string, wordings: readonly ((name: string) => string)[]): string {
  const candidates = nameForms(name).flatMap((form) => wordings.map((wording) => wording(form)));
  return fitReply(candidates, wordings.length);
}
