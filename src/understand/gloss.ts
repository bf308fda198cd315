// Spanish (and a little Portuguese and German) read through the English readers: the words that carry a note's shape
// ("conocí a", "se llama", "trabaja en", "su cel") are glossed into English; names and details stay as written.

/** Word edges that know letters beyond ASCII (\\b does not). */
const S = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const E = String.raw`(?![\p{L}\p{M}\p{N}])`;
const w = (source: string, flags: string) => new RegExp(source, flags);

/** A Spanish child word's stem -> its English: [a boy, a girl, several]. */
const CHILDREN: ReadonlyArray<readonly [RegExp, readonly [string, string, string]]> = [
  [/^hij/, ['son', 'daughter', 'kids']],
  [/^beb/, ['baby', 'baby', 'babies']],
  [/^niet/, ['grandson', 'granddaughter', 'grandkids']],
  [/^(?:niñ|nen)/, ['kid', 'kid', 'kids']],
];
/** "el hijo de Maricarmen" -> "Maricarmen's son", "la hija de Ana" -> "Ana's daughter", "los nietos de Eva" -> "Eva's grandkids". */
function childOf(_whole: string, child: string, parent: string): string {
  const lower = child.toLowerCase();
  const [, words] = CHILDREN.find(([stem]) => stem.test(lower)) ?? [null, ['kid', 'kid', 'kids'] as const];
  const word = lower.endsWith('s') ? words[2] : lower.endsWith('a') ? words[1] : words[0];
  return `${parent}'s ${word}`;
}

/** Phrase -> English, tried in order, each as a whole word or phrase, case-insensitive. */
const GLOSSES: ReadonlyArray<readonly [RegExp, string | ((whole: string, ...groups: string[]) => string)]> = [
  // meeting someone
  [w(`${S}(?:una|la) (?:señora|chava|chica|muchacha|mujer)${E}`, 'giu'), 'a woman'],
  [w(`${S}(?:un|el) (?:señor|chavo|chico|muchacho|hombre|tipo)${E}`, 'giu'), 'a guy'],
  [w(`${S}(?:hoy |ayer |tambi[eé]n )?conoc[ií] (?:a |al )?(?:(?:la|el|una|un) (?:nueva |nuevo )?)?`, 'giu'), 'met '],
  [w(`${S}(?:hoy |ontem |tamb[eé]m )?conheci (?:a |o )?`, 'giu'), 'met '],
  [w(`${S}me toc[oó] al lado de${E}`, 'giu'), 'sat next to'],
  [w(`${S}(?:me present[oó]|me presentaron) a${E}`, 'giu'), 'I was introduced to'],
  [w(String.raw`${S}(\p{Lu}[\p{L}\p{M}]+) kennengelernt${E}`, 'gu'), 'met $1'],
  [w(`${S}(?:habl[eé]|platiqu[eé]) con${E}`, 'giu'), 'talked to'],
  [w(`${S}(?:vecina|vecino)${E}`, 'giu'), 'neighbor'],
  // "apunta que Maite es vegana": the note is what follows
  [w(`^\\s*(?:apunta|anota|pon|nota|ojo)(?: que)?:?\\s+`, 'giu'), ''],
  [w(String.raw`${S}(\p{Lu}[\p{L}\p{M}]+) (?:es|está)${E}`, 'gu'), '$1 is'],
  // replies to a nudge: "ya le escribí, quedamos para el sábado"
  [w(`${S}(?:ya )?(?:le|les) (?:escrib[ií]|mand[eé] (?:mensaje|un mensaje|whats)|habl[eé]|llam[eé])${E}`, 'giu'), 'texted her'],
  // someone's child, said the Spanish way round: "el hijo de Maricarmen" -> "Maricarmen's son"
  [w(String.raw`${S}(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as) (hij[oa]s?|beb[eé]s?|niet[oa]s?|niñ[oa]s?|nen[ea]s?) de (\p{Lu}[\p{L}\p{M}]*)`, 'gu'), childOf],
  // their news: "se va a casar", "tiene un bebé nuevo", "se mudó"
  [w(`${S}se (?:va|van) a casar${E}`, 'giu'), 'is getting married'],
  [w(`${S}se cas(?:a|an)${E}`, 'giu'), 'is getting married'],
  [w(`${S}se cas[oó]${E}`, 'giu'), 'got married'],
  [w(`${S}se (?:mud[oó]|fue) a${E}`, 'giu'), 'moved to'],
  [w(`${S}(?:va a tener|espera) un beb[eé]${E}`, 'giu'), 'is expecting a baby'],
  [w(`${S}tuvo (?:un|una|su) (?:beb[eé]|hij[oa])${E}`, 'giu'), 'had a baby'],
  [w(`${S}un beb[eé] nuevo${E}`, 'giu'), 'a new baby'],
  [w(`${S}(?:un|una|el|la) beb[eé]${E}`, 'giu'), 'a baby'],
  [w(String.raw`${S}(\p{Lu}[\p{L}\p{M}]+) tiene${E}`, 'gu'), '$1 has'],
  [w(`${S}tambi[eé]n${E}`, 'giu'), 'also'],
  // names
  [w(`${S}(?:se llama|se chama|hei(?:ß|ss)t)${E}`, 'giu'), 'named'],
  [w(`${S}su nombre es${E}`, 'giu'), 'name is'],
  // who they are
  [w(`${S}(?:trabaja|trabalha|arbeitet) (?:en|em|na|no|bei)${E}`, 'giu'), 'works at'],
  [w(`${S}(?:trabaja|trabalha) (?:de|como)${E}`, 'giu'), 'works as'],
  [w(`${S}(?:vive|mora|wohnt) (?:en|em|in)${E}`, 'giu'), 'lives in'],
  [w(`${S}(?:es|é|ist) (?:de|aus)${E}`, 'giu'), 'is from'],
  [w(`${S}(?:ella|ela|sie) (?:es|é|ist)${E}`, 'giu'), 'she is'],
  [w(`${S}(?:él|el|ele|er) (?:es|é|ist)${E}`, 'giu'), 'he is'],
  [w(`${S}(?:o )?marido dela${E}`, 'giu'), 'her husband'],
  [w(`${S}(?:a )?(?:esposa|mulher) dele${E}`, 'giu'), 'his wife'],
  [w(`${S}que (?:es|é)${E}`, 'giu'), 'who is'],
  [w(`${S}(?:ella|ela) tiene${E}`, 'giu'), 'she has'],
  [w(`${S}(?:él|ele) tiene${E}`, 'giu'), 'he has'],
  [w(`${S}(?:le encanta|le gusta|gosta de)${E}`, 'giu'), 'loves'],
  [w(`${S}(?:su|sua|seu) (?:esposa|mujer)${E}`, 'giu'), 'his wife'],
  [w(`${S}(?:su|seu) (?:esposo|marido)${E}`, 'giu'), 'her husband'],
  [w(`${S}(?:su|sua|seu) (?:cel|celular|n[uú]mero|tel[eé]fono|whats)${E}`, 'giu'), 'her number'],
  [w(String.raw`${S}el (?:n[uú]mero|cel|celular|tel[eé]fono|whats|correo|mail) de (\p{L}[\p{L}\p{M}]*)(?: es${E}|:)`, 'giu'), "$1's number is"],
  [w(`${S}Nummer${E}`, 'gu'), 'number'],
  // days
  [w(`${S}(?:el )?s[aá]bado${E}`, 'giu'), 'saturday'],
  [w(`${S}(?:el )?domingo${E}`, 'giu'), 'sunday'],
  [w(`${S}(?:el )?lunes${E}`, 'giu'), 'monday'],
  [w(`${S}(?:el )?martes${E}`, 'giu'), 'tuesday'],
  [w(`${S}(?:el )?mi[eé]rcoles${E}`, 'giu'), 'wednesday'],
  [w(`${S}(?:el )?jueves${E}`, 'giu'), 'thursday'],
  [w(`${S}(?:el )?viernes${E}`, 'giu'), 'friday'],
  [w(`${S}ma[nñ]ana${E}`, 'giu'), 'tomorrow'],
  // glue
  [w(`${S}(?:en|na|no|im|beim) (?:el|la|los|las)${E}`, 'giu'), 'at the'],
  [w(`${S}del${E}`, 'giu'), 'of the'],
  [w(String.raw`${S}(?:y a|y|e|und)${E}(?= \p{L})`, 'gu'), 'and'],
  [w(`${S}en${E}`, 'giu'), 'at'],
];

const ANIMAL =
  'dog|doggo|pup|puppy|cat|kitten|kitty|corgi|husky|lab|labrador|retriever|poodle|doodle|bernedoodle|goldendoodle|terrier|spaniel|beagle|dachshund|pug|collie|shepherd|greyhound|whippet|horse|mare|pony|gelding|parrot|bird|bunny|rabbit|hamster|perrito|perrita|perro|perra|gato|gata|gatito|cachorro';
/** A pet's name, lowercased and tied to a tag, so no reader takes it for a person: "Tank" -> "pet-tank". */
const petTag = (name: string): string => `pet-${name.trim().toLowerCase().replace(/\s+/g, '-')}`;
/** "a husky named Tank", "dachshund called Pickle", "Murphy the pub dog", "the mare Lady Grace": a pet, never a person. */
const PETS: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [
    w(String.raw`${S}(${ANIMAL})s?\s+(?:named|called|llamad[oa]|que se llama)\s+(\p{L}[\p{L}\p{M}'-]*)`, 'giu'),
    (_m, animal = '', name = '') => `${animal} (${petTag(name)})`,
  ],
  [w(String.raw`${S}(\p{Lu}[\p{L}\p{M}'-]*) the (?:\p{L}+ )?(${ANIMAL})${E}`, 'gu'), (_m, name = '', animal = '') => `the ${animal} (${petTag(name)})`],
  [
    w(String.raw`${S}[Tt]he (${ANIMAL}) ((?:\p{Lu}[\p{L}\p{M}'-]*)(?: \p{Lu}[\p{L}\p{M}'-]*)?)`, 'gu'),
    (_m, animal = '', name = '') => `the ${animal} (${petTag(name)})`,
  ],
  // "Sandy was a right mucky pup", "Biscuit is such a good boy of a corgi": a name said to be an animal
  [
    w(
      String.raw`${S}(\p{Lu}[\p{L}\p{M}'-]*) (is|was|'s) (?:a|an|my|our|such a|the)(?: [\p{L}-]+){0,3}? (${ANIMAL})s?${E}(?! (?:person|people|lover|mom|mum|dad|walker|trainer|groomer|owner|sitter|whisperer|fan)${E})`,
      'gu',
    ),
    (_m, name = '', verb = '', animal = '') => `the ${animal} (${petTag(name)}) ${verb === "'s" ? 'is' : verb} a ${animal}`,
  ],
  // "Bella (our cat) knocked over the tree", "Luna had her puppies"
  [
    w(String.raw`${S}(\p{Lu}[\p{L}\p{M}'-]*) \((?:(?:our|my|the|her|his|their) )?(${ANIMAL})\)`, 'gu'),
    (_m, name = '', animal = '') => `the ${animal} (${petTag(name)})`,
  ],
  [
    w(String.raw`${S}(\p{Lu}[\p{L}\p{M}'-]*) (had|has|is having) (?:her|his) (puppies|kittens|litter|foal|kits)${E}`, 'gu'),
    (_m, name = '', verb = '', young = '') => `the dog (${petTag(name)}) ${verb} her ${young}`,
  ],
];

const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'sept?iembre', 'octubre', 'noviembre', 'diciembre'];
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPANISH_WEEKDAYS = ['lunes', 'martes', 'mi[eé]rcoles', 'jueves', 'viernes', 's[aá]bado', 'domingo'];
const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Spanish answers to a nudge, in the English the reply readers know: "posponer 3 dias" -> "snooze 3 days", "me contesto"
 * -> "wrote back". Only for short texts (an answer, not a note), each a whole word or phrase.
 */
const REPLY_GLOSSES: ReadonlyArray<readonly [RegExp, string]> = [
  [w(`^\\s*(?:pos?p[oó]n(?:er|lo|la)?|p[aá]salo para|recu[eé]rdame)${E}`, 'iu'), 'snooze'],
  [w(`^\\s*(?:s[aá]lta(?:r|lo|la)?|paso|este no)${E}`, 'iu'), 'skip'],
  [w(`${S}un(?:a)? (?=semana|d[ií]a)`, 'giu'), '1 '],
  [w(`${S}d[ií]as?${E}`, 'giu'), 'days'],
  [w(`${S}semanas?${E}`, 'giu'), 'week'],
  [w(`${S}ma[nñ]ana${E}`, 'giu'), 'tomorrow'],
  [w(`${S}(?:m[aá]s tarde|luego|despu[eé]s)${E}`, 'giu'), 'later'],
  [
    w(
      `^\\s*(?:todav[ií]a |a[uú]n |sigue sin |sin )?(?:no )(?:me )?(?:ha )?(?:contest(?:a|[oó]|ado)|respond(?:e|i[oó]|ido))(?: (?:todav[ií]a|a[uú]n|nada))?\\W*$`,
      'iu',
    ),
    'no answer yet',
  ],
  [w(`^\\s*(?:ya )?(?:me )?(?:contest[oó]|respondi[oó])${E}`, 'iu'), 'wrote back'],
  [w(`^\\s*(?:ya )?(?:le )?(?:escrib[ií]|mand[eé](?: (?:un )?(?:mensaje|whats|texto))?)(?: a (?=\\p{Lu}))?`, 'iu'), 'texted '],
  [w(`^\\s*(?:genial|s[uú]per bien|muy bien|incre[ií]ble|buen[ií]simo)${E}`, 'iu'), 'great'],
  [w(`^\\s*m[aá]s o menos${E}`, 'iu'), 'so-so'],
  [w(`${S}r[aá]pid(?:o|[ií]simo)${E}`, 'giu'), 'right away'],
  // account commands: "pausa todo hasta el 4 de enero", "no me mandes nada hasta el lunes", "borra a Efraín", "ya volví"
  [w(`^\\s*(?:pausa todo|pausa(?:r)?|pon(?:er)? (?:todo )?en pausa|det[eé]n)${E}`, 'iu'), 'pause'],
  [w(`^\\s*(?:no me (?:mandes|env[ií]es|escribas)|deja de mandarme|deja de enviarme) (?:nada|mensajes|recordatorios|notificaciones)${E}`, 'iu'), 'pause'],
  [w(`^\\s*(?:borra|b[oó]rral[oa]|elimina|elim[ií]nal[oa]|olvida|olv[ií]dal[oa]|quita|qu[ií]tal[oa])(?: a)? (?=\\p{L})`, 'iu'), 'forget '],
  [w(`^\\s*(?:reanuda(?:r)?|ya volv[ií]|volv[ií]|ya estoy de vuelta)${E}`, 'iu'), 'resume'],
];
/** The time a Spanish pause runs to, read only once the text is a pause: "hasta el 4 de enero" -> "until jan 4". */
const UNTIL_GLOSSES: ReadonlyArray<readonly [RegExp, string]> = [
  [w(`${S}hasta (?:el )?`, 'giu'), 'until '],
  ...SPANISH_MONTHS.map((month, index) => [w(`${S}(\\d{1,2}) de ${month}${E}`, 'giu'), `${ENGLISH_MONTHS[index]} $1`] as const),
  ...SPANISH_WEEKDAYS.map((day, index) => [w(`${S}${day}${E}`, 'giu'), ENGLISH_WEEKDAYS[index] ?? ''] as const),
];
const REPLY_MAX_CHARS = 80;
const NAMES = String.raw`(\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*)?)(?!'s)`;
const LOWER_NAMES = String.raw`(\p{L}[\p{L}\p{M}-]*(?: \p{L}[\p{L}\p{M}-]*)?)`;
/** A famous name, lowercased and tagged like a pet's, so no reader takes it for someone the user met. */
const starTag = (name: string): string => `the star (star-${name.trim().toLowerCase().replace(/\s+/g, '-')})`;
/** "looks like Timothée Chalamet", "Dolly Parton was on TV", "singing with Kenny Chesney", "el concierto de bad bunny". */
const STARS: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [
    w(String.raw`${S}(looks? like|looked like|lookalike of|dead ringer for|se parece a) ${NAMES}`, 'giu'),
    (_m, cue = '', name = '') => `${cue} ${starTag(name)}`,
  ],
  [
    w(
      String.raw`${S}${NAMES} (was|is|were|are) on ([Tt][Vv]|[Tt]elly|the telly|the [Tt][Vv]|the radio|the news|[Nn]etflix|[Yy]ou[Tt]ube|[Tt]ik[Tt]ok|stage|the box)${E}`,
      'gu',
    ),
    (_m, name = '', verb = '', where = '') => `${starTag(name)} ${verb} on ${where}`,
  ],
  [w(String.raw`${S}(singing|sang|sings|performing|performed|duet) with ${NAMES}`, 'gu'), (_m, cue = '', name = '') => `${cue} with ${starTag(name)}`],
  // "Roy Kent is my fave", "watching Ted Lasso", "listening to Olivia Rodrigo"
  [
    w(String.raw`${S}${NAMES} (is|was) (?:my|our|the) (?:all[- ]time )?(fave|fav|favourite|favorite|hero|idol|queen|king|goat)${E}`, 'gu'),
    (_m, name = '', verb = '', what = '') => `${starTag(name)} ${verb} my ${what}`,
  ],
  [
    w(String.raw`${S}(watching|watched|binging|binged|bingeing|listening to|listened to|streaming|obsessed with) ${NAMES}`, 'gu'),
    (_m, cue = '', name = '') => `${cue} ${starTag(name)}`,
  ],
  [
    w(
      String.raw`${S}(concert|concierto|gig|show|tour|album|new song|new single|movie|film|documentary) (of|de|by|from) ${LOWER_NAMES}(?= anoche| last night| tonight| yesterday| ayer| hoy|[,.!?]| \p{Extended_Pictographic}|$)`,
      'giu',
    ),
    (_m, what = '', of = '', name = '') => `${what} ${of} ${starTag(name)}`,
  ],
];

/** Punctuation said out loud to a phone: "met Kwame comma he's an engineer at Shopify period". */
const DICTATED = /\b(?:comma|full stop|period|question mark|exclamation (?:mark|point)|new (?:line|paragraph))\b/i;

function undictate(text: string): string {
  return text
    .replace(/\s+comma\b\s*/gi, ', ')
    .replace(/\s+full stop\b\s*/gi, '. ')
    .replace(/\s+(?:period|Period|PERIOD)(?=\s*$|\s+(?:\p{Lu}|[Nn]ew (?:line|paragraph)))\s*/gu, '. ')
    .replace(/\s+question mark\b\s*/gi, '? ')
    .replace(/\s+exclamation (?:mark|point)\b\s*/gi, '! ')
    .replace(/\s+new (?:line|paragraph)\b\s*/gi, '\n')
    .trim();
}

/** Cue words that say a text is worth glossing at all. */
const SPANISH_CUE = w(
  `${S}(?:y su|su (?:novi[oa]|espos[oa]|herman[oa]|amig[oa]|prim[oa]|marido|mam[aá]|pap[aá])|que es|apunta|anota|escrib[ií]|conoc[ií]|conheci|kennengelernt|se llama|se chama|trabaja|trabalha|vive en|su (?:cel|n[uú]mero)|el (?:n[uú]mero|cel|celular|tel[eé]fono) de|me toc[oó]|habl[eé] con|platiqu[eé]|se (?:va|van) a casar|se cas[aoó]|se mud[oó]|tiene (?:un|una)|tambi[eé]n|(?:el|la|los|las) (?:hij[oa]s?|beb[eé]s?|niet[oa]s?) de)${E}`,
  'iu',
);

/**
 * The text with its Spanish note words in English, or the text itself when it has none.
 * gloss("conocí a Nerea en el afterwork, trabaja en Telefónica") -> "met Nerea at the afterwork, works at Telefónica"
 */
export function gloss(text: string): string {
  let out = DICTATED.test(text) ? undictate(text) : text;
  for (const [pattern, pet] of PETS) out = out.replace(pattern, pet);
  if (out.length <= REPLY_MAX_CHARS) for (const [pattern, english] of REPLY_GLOSSES) out = out.replace(pattern, english);
  if (/^\s*pause\b/.test(out)) for (const [pattern, english] of UNTIL_GLOSSES) out = out.replace(pattern, english);
  for (const [pattern, star] of STARS) out = out.replace(pattern, star);
  if (!SPANISH_CUE.test(out)) return out;
  for (const [pattern, english] of GLOSSES) out = typeof english === 'string' ? out.replace(pattern, english) : out.replace(pattern, english);
  return out;
}
