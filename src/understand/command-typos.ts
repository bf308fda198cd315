// The one reader of typos in a command word ("snoze", "dnoe", "skp", "udno"): parseReply fixes the first word of every
// text with it, and the command reader (commands.ts) reaches further with it once a text is not about a saved person.
// Time units get the same care ("3 dyas"). Pure.

import { distance } from 'fastest-levenshtein';

/** Slips seen in real texts, fixed wherever they are the first word. */
const KNOWN: Readonly<Record<string, string>> = {
  dun: 'done',
  doen: 'done',
  dnoe: 'done',
  dne: 'done',
  donee: 'done',
  donw: 'done',
  ddone: 'done',
  d0ne: 'done',
  doone: 'done',
  odne: 'done',
  donr: 'done',
  dpne: 'done',
  donezo: 'done',
  snet: 'sent',
  setn: 'sent',
  sentt: 'sent',
  txted: 'texted',
  textd: 'texted',
  texed: 'texted',
  skp: 'skip',
  skipp: 'skip',
  sikp: 'skip',
  skpi: 'skip',
  lsit: 'list',
  lst: 'list',
  liat: 'list',
  listt: 'list',
  udno: 'undo',
  unod: 'undo',
  undoo: 'undo',
  unfo: 'undo',
  paus: 'pause',
  pase: 'pause',
  puase: 'pause',
  pasue: 'pause',
  paws: 'pause',
  snz: 'snooze',
  snoz: 'snooze',
  snuze: 'snooze',
  snoozr: 'snooze',
  snooxe: 'snooze',
  hlep: 'help',
  halp: 'help',
  hepl: 'help',
  ltr: 'later',
  latr: 'later',
  l8r: 'later',
  laterr: 'later',
  exprt: 'export',
  exort: 'export',
  exprot: 'export',
  tiemzone: 'timezone',
  timzone: 'timezone',
};

/** Long command words a one-letter slip or a swap of neighbours still reaches in any text ("snoze" -> "snooze"). */
const LONG_COMMANDS = ['snooze', 'unpause', 'timezone', 'export', 'resume', 'remind', 'delete', 'people', 'forget'];

/** Command words the wider reach fixes: one letter off, two letters swapped, a letter held down ("skippp"). */
const COMMAND_WORDS = [
  'done',
  'snooze',
  'skip',
  'list',
  'undo',
  'pause',
  'resume',
  'help',
  'export',
  'keep',
  'remind',
  'unmute',
  'forget',
  'texted',
  'maybe',
  'later',
];

/** Real words a letter or a swap away from a command word: never fixed. */
const REAL_WORDS = new Set(
  `none gone bone dune dine dome dote node nine lone tone zone cone hone one doe dove dose dole dona dong
  ship slip skin skit skid spit skim kip
  lost last lust mist fist gist lint lilt lisp
  undue unto
  cause passe parse paused pulse purse
  resume resumé presume
  held hell hemp kelp yelp whelp heap
  expert
  keel kelp kept peep beep deep seep jeep
  remand remain rewind reminds
  forger forgot
  tested rented vented texas texts
  lit ski sip hep hel dot dos lid
  send seat sect cent rent tent vent went dent bent lent
  peopled deleted deletes`.split(/\s+/),
);

export interface TypoReach {
  /** the word is the whole text: a three-letter slip ("don", "skp") counts */
  alone?: boolean;
  /** the text is read as a command: four-letter commands, swaps and held letters count too */
  wide?: boolean;
}

/**
 * The word with a typo in a command word fixed, or the word as it was.
 * fixCommandTypo('snoze') -> 'snooze'; fixCommandTypo('dnoe') -> 'done'; fixCommandTypo('skippp', { wide: true }) -> 'skip'
 */
export function fixCommandTypo(word: string, reach: TypoReach = {}): string {
  const known = KNOWN[word.toLowerCase()];
  if (known) return known;
  // "sn00ze": zeros for o's
  const lower = /[a-z]/i.test(word) && /\d/.test(word) ? word.toLowerCase().replace(/0/g, 'o') : word.toLowerCase();
  if (lower.length < 3 || REAL_WORDS.has(lower) || !/^[a-z]+$/.test(lower)) return word;
  if (lower.length >= 5) {
    const long = LONG_COMMANDS.find((command) => lower !== command && oneSlipApart(lower, command));
    if (long) return long;
  }
  return reach.wide ? fixWide(word, lower, reach.alone ?? false) : word;
}

function fixWide(word: string, lower: string, alone: boolean): string {
  if (COMMAND_WORDS.includes(lower)) return lower === word.toLowerCase() ? word : lower;
  // "skippp", "dooone": letters held down
  const held = lower.replace(/(\p{L})\1+/gu, '$1');
  const single = (command: string): string => command.replace(/(\p{L})\1+/gu, '$1');
  const heldDown = held !== lower ? COMMAND_WORDS.find((command) => single(command) === held) : undefined;
  if (heldDown) return heldDown;
  for (const command of COMMAND_WORDS) {
    const apart = distance(lower, command);
    // a three-letter slip ("don", "skp") only when it is the whole text
    const long = lower.length >= 4 || (alone && command.length === 4);
    if ((apart === 1 && long && command.length >= 4) || (apart === 2 && isSwap(lower, command))) return command;
  }
  return word;
}

const UNITS = ['days', 'weeks', 'hours', 'months', 'minutes'];

/** "dyas" -> "days", "wekks" -> "weeks": a time unit a letter or a swap away. */
export function fixUnitTypo(word: string): string {
  const lower = word.toLowerCase();
  if (UNITS.some((unit) => lower === unit || lower === unit.slice(0, -1))) return word;
  for (const unit of UNITS) {
    const apart = distance(lower, unit);
    if (apart === 1 || (apart === 2 && isSwap(lower, unit))) return unit;
  }
  return word;
}

/** Same letters, same length: "dnoe" for "done". */
function isSwap(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
