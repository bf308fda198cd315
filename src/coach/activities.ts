// Interest -> activity vocabulary for deepen nudges: something specific to do together, built on what they are into.
// Contract: pure and deterministic for a given seed. Activities are person-neutral noun phrases that read well both in
// Kindling's line ("Suggest a bouldering session") and in a draft ("Up for a bouldering session this week?"), and use
// only GSM-7 characters; `because` is the interest or work item as the user wrote it (inserted as is), '' when none.
// Interests come first; a job is only a pastime when it matches one (a ramen shop), else it means talking shop.
import { pick } from './compose/pick';

export interface ActivityIdea {
  /** e.g. "a morning hike" */
  activity: string;
  /** the interest or work item it comes from, as noted, e.g. "hiking"; '' when nothing was noted */
  because: string;
  /** a group activity of no interest of theirs (a board game night): nothing known points at it */
  generic?: true;
}

interface Category {
  match: RegExp;
  /** one-on-one ideas; "{x}" is replaced by the interest as noted */
  activities: string[];
  /** low-pressure group ideas, phrased to follow "join a few friends for" */
  group: string[];
}

// Order matters: the first category that matches an interest wins, so the specific ones come first.
const TECH: Category = {
  match:
    /startup|founder|\bml\b|machine learning|\bai\b|fintech|engineer|developer|software|\bux\b|product|hiring|recruit|\bvc\b|investor|crypto|saas|data|marketing|consult|freelanc|design/,
  activities: ['a coffee to swap ideas on {x}', 'a coffee to compare notes on {x}', 'a lunch to talk shop'],
  group: ['a tech meetup', 'a founders breakfast'],
};

const CATEGORIES: Category[] = [
  // outdoors
  {
    match: /climb|boulder/,
    activities: ['a bouldering session', 'a climbing session at the gym', 'an evening of bouldering', 'an outdoor climbing day'],
    group: ['a group bouldering session', 'a climbing night'],
  },
  {
    match: /surf/,
    activities: ['an early surf session', 'a morning at the beach with boards', 'a surf and breakfast morning'],
    group: ['a group beach day', 'a surf morning'],
  },
  {
    match: /\bcycl|bik(e|ing)|gravel|peloton/,
    activities: ['a weekend bike ride', 'a coffee ride', 'a ride out to somewhere with good pastries'],
    group: ['a group ride', 'a weekend group ride'],
  },
  {
    match: /marathon|\brun(s|ner|ning)?\b|\b(5|10)k\b|jog|trail run/,
    activities: ['a morning run', 'an easy run and a coffee after', 'an easy run around the park'],
    group: ['a run club meetup', 'an easy group run'],
  },
  {
    match: /hik(e|es|ing)|trail|trek|backpack|\bcamp|outdoors|mountain|nature/,
    activities: ['a morning hike', 'a hike on a trail nearby', 'a weekend trail walk', 'a sunset hike'],
    group: ['a group hike', 'a weekend hike'],
  },
  // food and drink
  {
    match: /coffee|espresso|latte|barista/,
    activities: ['a coffee at a new spot', 'a pour-over at a good cafe', 'a coffee crawl'],
    group: ['a cafe morning', 'brunch'],
  },
  { match: /wine|sommelier|vino/, activities: ['a glass at a wine bar', 'a wine tasting', 'a natural wine night'], group: ['a wine tasting', 'a wine night'] },
  {
    match: /beer|brew|ipa|cider/,
    activities: ['a beer at a local brewery', 'a brewery visit', 'a pint somewhere new'],
    group: ['a brewery trip', 'a beer garden afternoon'],
  },
  {
    match: /sourdough|bread|bak(e|ing|er)|pastr/,
    activities: ['a sourdough starter swap over coffee', 'a visit to a good bakery', 'a bread class'],
    group: ['a potluck', 'a bake-off brunch'],
  },
  {
    match: /cook|chef|kitchen|recipe/,
    activities: ['a cooking class', 'a farmers market run', 'a cook-together dinner'],
    group: ['a potluck', 'a dinner party'],
  },
  {
    match:
      /ceviche|sushi|ramen|tacos?|dumpling|pizza|bbq|barbecue|vegan|vegetarian|\bthai\b|korean|indian food|mexican|peruvian|\bpho\b|dim sum|tapas|curry|noodle|bagel/,
    activities: ['lunch at a good {x} spot', 'dinner at a {x} place neither of you has tried', 'a {x} lunch'],
    group: ['a group dinner at a {x} spot', 'a potluck'],
  },
  {
    match: /restaurant|foodie|\bfood|eating|brunch|dining|cuisine/,
    activities: ['dinner at a new restaurant', 'brunch somewhere new', 'a food market wander'],
    group: ['a group dinner', 'brunch'],
  },
  // arts
  {
    match: /potter|ceramic|clay|wheel throw/,
    activities: ['a drop-in pottery class', 'a ceramics taster class', 'a pottery open studio night'],
    group: ['a pottery class', 'a craft night'],
  },
  { match: /mural|street art|graffiti/, activities: ['a mural walk', 'a walk to see the murals around town'], group: ['a mural walk', 'a gallery walk'] },
  {
    match: /paint|draw|sketch|illustrat|watercolou?r/,
    activities: ['a sketch session at a cafe', 'a life drawing class', 'an afternoon at a museum'],
    group: ['a life drawing night', 'a gallery walk'],
  },
  { match: /photo|camera|35mm/, activities: ['a photo walk', 'a golden-hour photo walk', 'a photo exhibit'], group: ['a photo walk', 'a gallery opening'] },
  {
    match: /film|movie|cinema|screening|a24|documentar/,
    activities: ['a movie at an indie cinema', 'a screening and a drink after', 'a film night'],
    group: ['a movie night', 'a film screening'],
  },
  {
    match: /galler|museum|\bart\b|\barts\b|exhibit/,
    activities: ['a gallery opening', 'an afternoon at a museum', 'a gallery walk'],
    group: ['a gallery opening', 'a museum late night'],
  },
  // music
  {
    match: /jazz|\bsax|blues|swing music/,
    activities: ['a night at a jazz club', 'live jazz and a drink', 'a jazz jam night'],
    group: ['a jazz night', 'a jazz club night'],
  },
  {
    match: /synth|modular|ableton|music produc|\bdj\b|\btechno\b|electronic music/,
    activities: ['a synth shop browse and a coffee', 'an electronic music night', 'a record store dig'],
    group: ['a club night', 'a listening party'],
  },
  {
    match: /guitar|piano|drum|\bbass\b|ukulele|violin|\bsing(ing|er)?\b|choir|open mic/,
    activities: ['an open mic night', 'a jam session', 'a record store dig'],
    group: ['an open mic night', 'a jam night'],
  },
  {
    match: /salsa|bachata|tango|swing danc|danc/,
    activities: ['a salsa night', 'a drop-in dance class', 'a night out dancing'],
    group: ['a salsa night', 'a dance class'],
  },
  {
    match: /\bgigs?\b|concert|live music|\bbands?\b|\bindie\b|\brock\b|\bpunk\b|festival|vinyl|records?\b/,
    activities: ['a gig at a small venue', 'a show this weekend', 'a record store dig'],
    group: ['a gig', 'a show'],
  },
  // sport
  {
    match: /volleyball/,
    activities: ['a pickup volleyball game', 'a beach volleyball session'],
    group: ['a pickup volleyball game', 'a beach volleyball afternoon'],
  },
  { match: /cricket/, activities: ['watching a cricket match together', 'a net session'], group: ['a cricket watch party', 'a casual cricket game'] },
  {
    match: /yoga|pilates|meditat/,
    activities: ['a yoga class together', 'a morning yoga session', 'a yoga class and a coffee after'],
    group: ['a group yoga class', 'a yoga class'],
  },
  {
    match: /tennis|padel|pickleball|squash|badminton|golf|bowling/,
    activities: ['a game of {x}', 'a casual {x} session', 'a round of {x}'],
    group: ['a doubles game of {x}', 'a {x} afternoon'],
  },
  { match: /swim/, activities: ['a swim and breakfast after', 'a lake swim'], group: ['a group swim', 'a beach day'] },
  {
    match:
      /soccer|football|futbol|premier league|\bnfl\b|\bnba\b|\bmlb\b|basketball|baseball|hockey|\b(longhorns|knicks|nets|lakers|clippers|celtics|warriors|bulls|heat|yankees|mets|dodgers|red sox|cubs|giants|jets|eagles|cowboys|packers|bears|patriots|49ers|chiefs|arsenal|chelsea|liverpool|tottenham|man (united|city)|barca|barcelona|real madrid)\b|\bfans?\b|rugby/,
    activities: ['watching the next {x} game together', 'a game-day watch party', 'catching a {x} game at a sports bar'],
    group: ['a {x} watch party', 'a game-day watch party'],
  },
  // games
  {
    match: /board game|boardgame|catan|d&d|dnd|dungeons|tabletop/,
    activities: ['a board game night', 'a game at a board game cafe', 'a round of Catan'],
    group: ['a board game night', 'a game night'],
  },
  { match: /trivia|quiz/, activities: ['a trivia night', 'a pub quiz'], group: ['trivia night', 'a pub quiz'] },
  {
    match: /chess/,
    activities: ['a game of chess at a cafe', 'a chess club night', 'a blitz game and a coffee'],
    group: ['a chess club night', 'a game night'],
  },
  {
    match: /video game|gaming|gamer|nintendo|playstation|xbox|zelda|esports|steam deck/,
    activities: ['a gaming night', 'a retro arcade visit', 'a co-op game night'],
    group: ['a gaming night', 'a barcade night'],
  },
  // books
  { match: /book club/, activities: ['a book club meeting', 'a bookstore browse and a coffee'], group: ['a book club meeting', 'a bookstore event'] },
  {
    match: /book|\bread|novel|murakami|literat|poetry|poem|sci-fi|fantasy|author/,
    activities: ['a bookstore browse and a coffee', 'a book swap over coffee', 'a reading at a bookstore'],
    group: ['a book club meeting', 'a bookstore reading'],
  },
  // tech and work (as an interest; a job gets WORK ideas)
  TECH,
  // family and pets
  {
    match: /\bdogs?\b|pupp|\bpup\b|corgi|retriever|labrador|poodle|terrier|doodle|shepherd/,
    activities: ['a walk at the dog park', 'a dog-friendly brewery afternoon', 'a weekend dog walk'],
    group: ['a dog park meetup', 'a group dog walk'],
  },
  { match: /\bcats?\b|kitten/, activities: ['a visit to a cat cafe', 'a coffee and cat photo swap'], group: ['a cat cafe visit', 'a game night'] },
  {
    match: /\bkids?\b|children|\bson\b|daughter|toddler|baby|parent|\bmom\b|\bdad\b|family/,
    activities: ['a playground meetup with the kids', 'a family-friendly brunch', 'a farmers market morning with the kids'],
    group: ['a playground meetup', 'a family potluck'],
  },
  // elsewhere
  {
    match: /travel|nomad|abroad/,
    activities: ['a coffee to swap travel stories', 'dinner somewhere with food from their travels'],
    group: ['a travel slideshow night', 'a potluck'],
  },
  {
    match: /garden|\bplants?\b|houseplant/,
    activities: ['a plant swap', 'a walk in the botanical garden', 'a nursery visit'],
    group: ['a plant swap', 'a garden party'],
  },
];

/** For a work item: talk shop, without forcing a job title into the sentence. */
const WORK = ['a coffee to swap ideas', 'a coffee to talk shop', 'a lunch to swap work stories', 'a coffee to compare notes'];
const GENERIC_NAMED = ['a coffee and a chat about {x}', 'a coffee to swap {x} stories', 'a walk and more {x} talk', 'a coffee to hear more about {x}'];
const GENERIC = ['a coffee', 'a walk and a coffee', 'lunch somewhere new'];
const GENERIC_GROUP = ['trivia night', 'a board game night', 'a potluck', 'a group hike'];

/** Lowercase, accents stripped: "Café Núñez" -> "cafe nunez". */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** At most three words of a noted item, so a long note does not swallow the sentence. */
function shortForm(item: string): string {
  const words = item.trim().split(/\s+/);
  return words.length <= 3 ? item.trim() : words.slice(0, 3).join(' ');
}

function fill(template: string, item: string): string {
  return template.replace('{x}', shortForm(item));
}

function categorize(items: string[]): { item: string; category: Category }[] {
  const found: { item: string; category: Category }[] = [];
  for (const item of items) {
    const text = normalize(item);
    const category = CATEGORIES.find((candidate) => candidate.match.test(text));
    if (category) found.push({ item, category });
  }
  return found;
}

function usableItems(items: string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/**
 * A one-on-one activity built on one of their interests (or their work), chosen by `seed`.
 * @example suggestActivity(['hiking'], [], 0) // { activity: 'a morning hike', because: 'hiking' } (one of 4 hike ideas)
 * @example suggestActivity(['vintage synths'], [], 1) // { activity: 'a synth shop browse and a coffee', because: 'vintage synths' }
 * @example suggestActivity(['competitive origami'], [], 2) // { activity: 'a coffee and a chat about competitive origami', because: 'competitive origami' }
 * @example suggestActivity([], ['fintech'], 0) // { activity: 'a coffee to swap ideas', because: 'fintech' }
 */
export function suggestActivity(interests: string[], work: string[], seed: number): ActivityIdea {
  const liked = usableItems(interests);
  const jobs = usableItems(work);
  const matched = categorize(liked);
  if (matched.length > 0) {
    const { item, category } = pick(matched, seed, 1);
    return { activity: fill(pick(category.activities, seed, 2), item), because: item };
  }
  if (liked.length > 0) {
    const item = pick(liked, seed, 1);
    return { activity: fill(pick(GENERIC_NAMED, seed, 2), item), because: item };
  }
  if (jobs.length > 0) {
    // Work that is also a pastime (a ramen shop, an app for climbers) gets that activity; any other job, talking shop.
    const pastime = categorize(jobs).filter(({ category }) => category !== TECH);
    if (pastime.length > 0) {
      const { item, category } = pick(pastime, seed, 1);
      return { activity: fill(pick(category.activities, seed, 2), item), because: item };
    }
    return { activity: pick(WORK, seed, 2), because: pick(jobs, seed, 1) };
  }
  return { activity: pick(GENERIC, seed, 2), because: '' };
}

/**
 * A low-pressure group setting for someone who seems hesitant, phrased to follow "join a few friends for".
 * @example suggestGroup(['board games'], 0) // { activity: 'a board game night', because: 'board games' }
 * @example suggestGroup([], 3) // { activity: 'trivia night', because: '' } (or another easy group plan)
 */
export function suggestGroup(interests: string[], seed: number): ActivityIdea {
  const liked = usableItems(interests);
  const matched = categorize(liked);
  if (matched.length > 0) {
    const { item, category } = pick(matched, seed, 3);
    return { activity: fill(pick(category.group, seed, 4), item), because: item };
  }
  return { activity: pick(GENERIC_GROUP, seed, 4), because: liked.length > 0 ? pick(liked, seed, 3) : '', generic: true };
}

/**
 * Which kind of pastime a noted item is (an index into the vocabulary), so "bouldering" and "climbing" compare equal;
 * null when the vocabulary does not know it.
 * @example pastimeOf('bouldering') === pastimeOf('rock climbing') // true
 * @example pastimeOf('competitive origami') // null
 */
export function pastimeOf(item: string): number | null {
  const text = normalize(item);
  const index = CATEGORIES.findIndex((category) => category.match.test(text));
  return index >= 0 ? index : null;
}
