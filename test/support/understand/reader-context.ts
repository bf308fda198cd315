// Shared context for the understand readers' tests: the table's saved people, its fixed clock (Tue Dec 1 2026, 18:00
// New York) and a text read once, so each reader can be called the way understand() calls it.
import { localParts } from '../../../src/domain/time';
import { readText, type TextView } from '../../../src/understand/read-text';
import type { Meaning, UnderstandContext } from '../../../src/understand/types';
import { contextFor, TABLE_KNOWN } from './table-score';
import type { PendingSpec } from './table-data';
import { TABLE_NOW, TABLE_ZONE } from './table-data';

export { TABLE_KNOWN, TABLE_NOW, TABLE_ZONE };

/** The table's context, with who the latest note was about and the question Kindling asked last. */
export function ctxWith(options: { latest?: string; pending?: PendingSpec } = {}): UnderstandContext {
  return contextFor({ category: 'several-people', text: '', want: { intent: 'note' }, ...options });
}

/** The saved person's id (the first of that name, or the one met there). */
export function idOf(name: string, met?: string): number {
  return TABLE_KNOWN.find((person) => person.name === name && (met === undefined || person.met === met))?.id ?? 0;
}

export const view = (text: string): TextView => readText(text);

/** Local "YYYY-MM-DD HH:MM" in the table's zone. */
export function local(at: number): string {
  const p = localParts(at, TABLE_ZONE);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/** Who a meaning is about, by name ('' for nobody, undefined when it has no person). */
export function personOf(meaning: Meaning | null): string | null | undefined {
  if (!meaning || !('person' in meaning)) return undefined;
  return meaning.person ? meaning.person.name : null;
}
