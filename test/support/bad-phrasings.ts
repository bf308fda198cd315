// Test helper: phrasings no friend would send, collected from bad drafts (issue 13 and the ones found while fixing it).
// Every composed text in the coaching tables and the scripted month is checked against each.

export const BAD_PHRASINGS: readonly { why: string; pattern: RegExp }[] = [
  { why: 'a plural interest as if it were a thing ("how\'s dogs?")', pattern: /\bhow'?s (?:the )?(dogs|cats|kids|games|books|plants|movies|films|records)\b/i },
  {
    why: 'a verb phrase used as a noun ("the opened a pottery studio")',
    pattern: /\b(the|your|on|about) (opened|started|runs|closed|raised|launched|founded|owns|got|won|sold|just)\b/i,
  },
  { why: 'a time word copied from the note ("tonite" read the next day)', pattern: /\b(tonite|tonight|2nite|this morning)\b/i },
  { why: 'a mutual friend and then a line to say to the person', pattern: /mutual friend[^"]*"(?!\w+: <number>)/i },
  { why: 'a visit to a studio like the one they own', pattern: /visit to a ceramics studio/i },
  { why: 'after a get-contact DONE, "how did it go" instead of the number', pattern: /Nice work reaching out to \w+! How did it go\?.*<number>/i },
  { why: 'after a plan, promising to suggest something to do together', pattern: /coffee.*I'll suggest something to do together/i },
  { why: 'a doubled article or word', pattern: /\b(the|a|an|your|to|and|with) \1\b/i },
  { why: 'a missing value', pattern: /\b(undefined|null|NaN)\b|\[object /i },
  { why: 'a space before punctuation or an empty quote', pattern: / [,.!?:;]|""|\(\)/ },
  { why: 'doubled punctuation', pattern: /[.!?]{2,}|,,|: :/ },
  { why: 'pushy or guilt-tripping', pattern: /\b(you should have|don't forget to|why haven't|still haven't|you never)\b/i },
  { why: 'a "how is it going" on a thing that does not go ("how\'s Waffles going")', pattern: /how'?s (Waffles|jazz|dogs) going/i },
  { why: 'a draft saying "the" before their own thing', pattern: /\bthe (his|her|their)\b/i },
  { why: 'the person named by pronoun Kindling cannot know', pattern: /\b(he|she) (is|was|has|runs|loves)\b/i },
  { why: 'the same time said twice ("a weekend dog walk this weekend")', pattern: /\bweekend\b[^."?!]*\bthis weekend\b|\bweek\b[^."?!]*\bthis week\b/i },
  { why: 'the wrong article ("an UX researcher")', pattern: /\ban (ux|user|uni)/i },
];

/**
 * The bad phrasings a text contains, by why they are bad; [] for a good text.
 * @example badPhrasingsIn('Hey Ben, how\'s dogs?') // ['a plural interest as if it were a thing ("how\'s dogs?")']
 */
export function badPhrasingsIn(text: string): string[] {
  return BAD_PHRASINGS.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);
}
