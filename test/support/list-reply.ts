// Reads the names out of Kindling's LIST reply, for tests that check who was saved from outside.

/**
 * The names LIST gives back, without where each was met.
 * @example namesListed('Your people: 1) Kayla (spin class) 2) Bill.') // ['Kayla', 'Bill']
 */
export function namesListed(reply: string): string[] {
  if (/^No one saved yet/.test(reply)) return [];
  return reply
    .replace(/^Your people:\s*/, '')
    .replace(/\.?( \+\d+ more\.)?( Ask WHO IS.*)?$/, '')
    .split(/\s*\d+\)\s+/)
    .filter((part) => part.trim())
    .map((part) =>
      part
        .replace(/\s*\(.*$/, '')
        .replace(/\.$/, '')
        .trim(),
    );
}
