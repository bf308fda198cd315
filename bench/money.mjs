// Section 5: what Kindling's texts cost in SMS segments, counted with Twilio's own calculator, and whether
// Kindling's own wording stays in GSM-7 (a non-GSM character is excused only when the user typed it first).

import { existsSync, readFileSync } from 'node:fs';
import { SegmentedMessage } from 'sms-segments-calculator';

/** One text Kindling composed: where it came from, its body, and everything the user had typed by then. */
export function measureText({ source, body, input }) {
  const message = new SegmentedMessage(body);
  const nonGsm = [...new Set(message.getNonGsmCharacters())];
  const typed = new Set([...(input ?? '')]);
  const kindlingOwn = nonGsm.filter((char) => !typed.has(char));
  return { source, body, segments: message.segmentsCount, encoding: message.getEncodingName(), nonGsm, kindlingOwn };
}

/** The Kindling lines of dev/demo-transcript.txt (with the user's lines before each as its input). */
export function demoTexts(path) {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const texts = [];
  const typed = [];
  const entry = /^\w{3} \w{3} \d+ [\d:]+ [AP]M\s+(Me|Kindling)\s{2}(.*)$/;
  let current = null;
  const flush = () => {
    if (current) texts.push({ source: current.nudge ? 'demo nudge' : 'demo reply', body: current.body, input: typed.join('\n') });
    current = null;
  };
  for (const line of lines) {
    const match = entry.exec(line);
    if (match) {
      flush();
      const [, speaker, rest] = match;
      if (speaker === 'Me') {
        typed.push(rest.trim());
        continue;
      }
      const badge = /\s{2}\[(\d+) seg · [^\]]*\]$/.exec(rest);
      current = { body: badge ? rest.slice(0, badge.index) : rest, nudge: /· nudge\]$/.test(rest) };
      if (badge) flush();
    } else if (current && /^\s{12,}\S/.test(line)) {
      // a multi-line text continues, indented under its first line
      const badge = /\s{2}\[(\d+) seg · [^\]]*\]$/.exec(line);
      current.body += `\n${(badge ? line.slice(0, badge.index) : line).trim()}`;
      if (badge) flush();
    } else {
      flush();
    }
  }
  flush();
  return texts;
}

export function summarizeSegments(measured) {
  const total = measured.length;
  const bySegments = new Map();
  for (const text of measured) bySegments.set(text.segments, (bySegments.get(text.segments) ?? 0) + 1);
  return {
    total,
    single: bySegments.get(1) ?? 0,
    overTwo: measured.filter((text) => text.segments > 2),
    distribution: [...bySegments.entries()].sort((a, b) => a[0] - b[0]),
    ucs2: measured.filter((text) => text.encoding !== 'GSM-7'),
    notKindlingGsm: measured.filter((text) => text.kindlingOwn.length > 0),
    segmentsTotal: measured.reduce((sum, text) => sum + text.segments, 0),
  };
}
