// Word lists the note parser leans on: plain lowercase sets, no logic.
import { words } from './lexicon';

/** Words that are never a person's name, even right after "met" or "named": one list, kept with the understanding lexicon. */
export { NOT_NAME } from './lexicon';

/** Courtesy titles dropped in front of a name. */
export const TITLES = words(`dr doctor mr mrs ms mx miss prof professor sir madam coach rev father sister brother officer`);

/** Courtesy titles kept with a lone surname: "Mrs Patel", "Mr Okonkwo" ("Dr Kim Nguyen" keeps only the name). */
export const COURTESY = words(`mr mrs ms miss mx`);

/** Words a nickname opens with, kept as part of the name: "Big Mike", "Lil Dre", "wee Shona". */
export const NICKNAME_LEADS = words(`big little lil wee`);

/** Small words that may sit inside a name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(`de da del della di du la le van von der den ter ten bin ibn al el dos das do`);

/**
 * Common words that, capitalised at the start of a note or clause, are not a name:
 * sentence openers, verbs, adjectives, roles, places, time words.
 */
export const COMMON = words(`
  met meet meeting meetup talked talking talk chatted chatting chat spoke speaking ran bumped hung
  coffee tea drinks drink lunch dinner brunch breakfast beers beer date call walk hike run ride
  great good nice cool fun lovely sweet funny kind smart awesome amazing interesting super really
  very quick short long tall short older younger old young new big small huge tiny friendly quiet
  loud shy sharp chill random weird
  loves love loved likes like liked into enjoys enjoy works work worked working runs running plays
  play playing teaches teaching taught lives living lived moved moving moves has have had is was
  are were be been being does did do says said say told tells asked asks wants want wanted needs
  need seems seemed seem thinks think thought knows know knew invited invite offered offer
  mentioned mention gave give got get gets sells selling builds building fixes fixing paints
  composes owns makes making made writes writing goes going went comes coming came would
  should could can might must shall hoping hopes planning plans plan trying tries tried
  follow followup follow-up remind reminder ask text texted email emailed dm send sent reach
  check ping note notes todo to-do maybe definitely probably possibly apparently also just still
  forgot forget remember remembered saw see seen heard hear sat stood found find looking look
  started starting start training trains train studying studies study opened opening open
  launching launched pitching pitched speaking spoke hiring hired
  took ate drove brought bought caught left kept put paid sold spent lost flew rode swam threw wore began
  drank grabbed picked dropped stopped popped headed walked visited cooked baked booked fixed watched finished
  dug fed felt fought hid held hurt led lent let meant rang sank shook shot slept slid spun stole struck swore
  swept understood woke wrote chose froze broke stuck bit blew built dealt fell fled forgave grew knelt laid
  sped split spread stung strode sought
  guy girl woman man lady dude person gal fellow couple mom dad mother father wife husband
  partner boyfriend girlfriend friend friends sister brother sis bro cousin aunt uncle son
  daughter kid kids baby neighbor neighbour neighbors coworker co-worker colleague classmate
  roommate teammate boss manager founder cofounder co-founder ceo cto doctor nurse teacher
  barista bartender engineer designer artist musician photographer student intern someone
  somebody anyone everyone nobody people folks team group crew everybody stranger
  the a an this that these those my our his her their your its some any no another every
  each both either neither all most many much more less few several other such what which who
  whose whom where when why how there here then than so and or but if because since though
  although while yet nor not only even ever never always often sometimes usually
  today tonight tomorrow yesterday morning afternoon evening night weekend week month year
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march july september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  at in on by of to for from with without through via into onto about over under after before
  during between among around near across behind beside beyond inside outside upon off out up
  down back away again ago later soon now earlier yes yeah yep nope ok okay hey hi hello thanks
  oh wow lol haha omg btw fyi re via
  place places party gym class club bar cafe café restaurant park office school church mosque
  temple event conference meetup hackathon mixer wedding concert show gallery museum library
  bookstore store shop market studio flight train bus plane airport hotel airbnb beach pool
  downtown uptown city town home house apartment building floor lobby elevator line queue
  first second third one two three four five six seven eight nine ten
  met-up hangout happy hour trivia karaoke yoga pottery climbing bouldering hiking cycling
  marketing sales engineering design product finance legal operations ops research data
  fintech startup company business job career side project projects
  ig insta instagram twitter tiktok linkedin phone number email cell mobile contact
  name named called mr mrs ms dr prof
  cute hot pretty handsome beautiful gorgeous
  english spanish french german italian chinese japanese korean
  god jesus lord christmas thanksgiving easter halloween
`);

/** Nationalities and languages: capitalised, never the person's name. */
export const DEMONYMS = words(`
  american canadian mexican brazilian argentinian argentine chilean colombian peruvian venezuelan
  cuban dominican puerto rican jamaican haitian british english scottish welsh irish french
  german italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish
  icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian
  serbian croatian bosnian albanian israeli palestinian lebanese syrian iraqi iranian persian
  egyptian moroccan algerian tunisian nigerian ghanaian kenyan ethiopian somali south african
  indian pakistani bangladeshi nepali sri lankan chinese japanese korean vietnamese thai filipino
  indonesian malaysian singaporean taiwanese australian kiwi arab arabic hindi urdu tamil
  bengali punjabi mandarin cantonese latina latino latinx asian european african caribbean
  texan californian brooklynite new yorker
`);

/** Brands and organisations that look like names when capitalised. */
/** Brands and firms named for two people, each a first name or a surname: "Ben & Jerry's" is no two people met. */
export const PAIRED_BRANDS: readonly (readonly [string, string])[] = [
  ['ben', 'jerry'],
  ['marks', 'spencer'],
  ['barnes', 'noble'],
  ['procter', 'gamble'],
  ['johnson', 'johnson'],
  ['dolce', 'gabbana'],
  ['crate', 'barrel'],
  ['abercrombie', 'fitch'],
  ['simon', 'schuster'],
  ['harland', 'wolff'],
  ['fortnum', 'mason'],
  ['lea', 'perrins'],
  ['tate', 'lyle'],
  ['black', 'decker'],
  ['bang', 'olufsen'],
  ['ernst', 'young'],
  ['dave', 'buster'],
  ['smith', 'wesson'],
  ['arm', 'hammer'],
];

export const BRANDS = words(`
  stripe spotify google apple amazon meta facebook microsoft netflix uber lyft airbnb tesla
  twitter instagram tiktok linkedin slack notion figma shopify salesforce oracle ibm intel nvidia
  starbucks chipotle target walmart costco ikea nike adidas patagonia peloton equinox soulcycle
  hinge bumble tinder raya yelp reddit youtube openai anthropic deloitte mckinsey accenture
  goldman citi wework zoom dropbox pinterest snapchat snap discord twitch paypal
  venmo square coinbase robinhood acme bottle
  cloudflare datadog atlassian hubspot cisco vmware github gitlab vercel netlify twilio okta snowflake databricks
  palantir doordash instacart
`);

/** People by their relation to someone else: "Priya's husband", "friend of Mike's". */
export const RELATIONS = words(`
  husband wife partner boyfriend girlfriend bf gf fiance fiancé fiancee fiancée friend bestie
  sister brother sis bro cousin roommate coworker co-worker colleague boss mom dad mother father
  son daughter aunt uncle niece nephew neighbor neighbour cofounder co-founder classmate teammate
  ex kid brother-in-law sister-in-law spouse missus missis hubby wifey grandma grandmother granny gran nan nana
  grandpa grandfather grandad granddad godmother godfather stepmom stepmum stepdad
`);

/** How-we-know-them words that are the whole answer to "where did you meet" ("Anna, neighbor"). */
export const MET_RELATIONS = words(`
  neighbor neighbour coworker co-worker colleague classmate roommate teammate landlord tenant
  classmate bandmate housemate flatmate
`);

/** Words in front of "named"/"called" that say the name is a person's. */
export const PERSON_NOUNS = words(`
  guy girl woman man lady dude person gal fellow someone somebody chick boy bloke mom dad
  teacher instructor barista bartender nurse doctor fella feller chap lad lass customer client patient
`);

/**
 * Relations that name someone's child: "her son Mateo", "my daughter Ava". The child is a detail of their parent, not a
 * person the user met, unless a meeting verb points at them ("met her son Mateo").
 */
export const CHILD_RELATIONS = words(`
  son sons daughter daughters kid kids baby babies boy girl child children stepson stepdaughter grandson granddaughter
  grandkid grandchild toddler
`);

/** Words in front of "named"/"called" that say the name is not the person's (pets, kids, companies). */
export const NOT_PERSON_NOUNS = words(`
  dog dogs puppy pup cat cats kitten retriever corgi lab labrador poodle terrier husky doodle
  beagle pug dachshund shepherd parrot bird horse bunny rabbit hamster fish pet son daughter kid
  kids baby band company startup business podcast shop bar restaurant cafe boat car album book
  newsletter app game brand studio label bakery brewery team project
  kitty doggo pupper tortoise turtle snake lizard gecko iguana guinea ferret budgie parakeet cockatiel canary
  chicken chickens hen hens goat pig pony donkey goldfish axolotl rat mouse gerbil chinchilla hedgehog
  collie spaniel greyhound whippet labradoodle cockapoo schnauzer chihuahua rottweiler pitbull bulldog dalmatian
  plant plants houseplant monstera fern cactus succulent bonsai orchid ficus pothos tree starter
  van truck bike motorbike yacht caravan camper campervan tractor storm hurricane typhoon cyclone
`);

/** What a name may belong to that is not a person: animals, plants, places, businesses and things ("rocket is a dog"). */
export const NON_PERSON_KINDS = words(`
  dog puppy pup cat kitten retriever corgi lab labrador poodle terrier husky doodle beagle pug dachshund shepherd collie
  spaniel greyhound whippet pitbull chihuahua bulldog parrot bird budgie horse pony donkey bunny rabbit hamster gerbil pig
  ferret mouse rat fish goldfish turtle tortoise snake lizard gecko chicken hen goat cow sheep pet animal
  plant monstera cactus succulent fern tree bonsai orchid
  band company startup business podcast shop store bar pub restaurant cafe bakery brewery gym salon boat car truck van bike
  album book newsletter app game brand studio label team club place town city village street building
`);

/** Words that follow a leading name ("Sarah works at...", "Luis at the park"). */
export const NAME_FOLLOWERS = words(`
  from at w with who is was in the my our and says said works worked loves likes runs plays
  teaches has had lives lived just also wants told invited seems knows sells builds fixes paints
  composes owns makes writes studies does did goes went came introduced moved now still finally recently
`);

/** Verbs and function words that end a phrase ("into bouldering | and runs..."). */
export const PHRASE_STOPS = words(`
  who whom whose which that where when while because but so since though although if than then
  until unless whereas whether
  she he they we i you it me him them us
  is are was were be been am has have had does did do says said want wants wanted loves loved
  likes liked runs ran works worked plays played teaches taught lives lived moved moving just
  also really told asked invited offered mentioned gave got gets knows knew thinks thought sells
  builds fixes paints composes owns writes makes made goes went comes came will would should
  could can might must shall seems seemed needs needed hopes hoped plans planned tries tried
  gonna wanna lol haha again
  yesterday today tonight tomorrow ago earlier later last next now this
`);

/** Words that cannot start or end a short phrase and are trimmed off its edges. */
export const EDGE_TRIM = words(`
  the a an and or of on in at to for from with by her his their my our your its this that some
  any these those very really super quite so own is are was were
`);

/** Adjectives dropped in front of "X fan", "X nerd". */
export const FAN_ADJECTIVES = words(`
  huge big massive total major serious real true die-hard diehard crazy absolute such a an the
  self-proclaimed self-described local proper hardcore avid giant
`);

export const WEEKDAYS = words(`
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays
  fridays saturdays sundays mon tue tues wed thu thur thurs fri sat sun weekend weekends
`);

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Job nouns: a short clause ending in one of these is a job title ("ER doctor", "product designer"). */
export const JOBS = words(`
  engineer engineers developer designer doctor physician surgeon nurse dentist pharmacist
  therapist psychologist psychiatrist counselor teacher professor prof lecturer tutor instructor
  trainer coach lawyer attorney paralegal architect accountant analyst consultant banker trader
  investor vc founder cofounder co-founder ceo cto cfo coo cmo cpo vp svp evp director manager
  pm pmm lead chef cook baker barista bartender server waiter waitress sommelier photographer
  videographer filmmaker producer writer author journalist reporter editor artist painter
  illustrator animator musician composer singer songwriter dj actor actress dancer choreographer
  realtor recruiter scientist researcher student phd postdoc intern nanny pilot mechanic
  electrician plumber carpenter contractor firefighter cop officer detective veterinarian vet
  librarian pastor rabbi imam priest chaplain marketer strategist entrepreneur freelancer
  programmer copywriter stylist hairdresser barber florist potter ceramicist muralist brewer
  winemaker farmer economist paramedic emt midwife doula resident owner partner principal
  associate specialist coordinator administrator admin assistant clerk cashier technician tech
  mathematician physicist chemist biologist statistician ux ui sre devops swe sde
  bookkeeper auditor underwriter broker advisor adviser planner organizer curator archivist
  translator interpreter model influencer creator streamer youtuber podcaster comedian
  magician tattooist surveyor welder machinist driver courier guard soldier marine sergeant
  captain lieutenant judge senator mayor councilmember staffer aide diplomat
`);

/** Departments: a job when followed by "at <org>" ("Marketing at Spotify"). */
export const DEPARTMENTS = words(`
  marketing sales engineering eng design product finance legal operations ops research data hr
  recruiting growth partnerships comms communications policy strategy support security it
  analytics brand content editorial
`);

/** Things people do for fun, found anywhere in a note. */
export const HOBBIES = [
  'rock climbing',
  'bouldering',
  'climbing',
  'hiking',
  'backpacking',
  'camping',
  'trail running',
  'running',
  'cycling',
  'biking',
  'mountain biking',
  'yoga',
  'pilates',
  'surfing',
  'skiing',
  'snowboarding',
  'skateboarding',
  'swimming',
  'triathlon',
  'crossfit',
  'boxing',
  'jiu jitsu',
  'jiu-jitsu',
  'martial arts',
  'tennis',
  'pickleball',
  'golf',
  'soccer',
  'basketball',
  'volleyball',
  'baseball',
  'softball',
  'hockey',
  'cricket',
  'rugby',
  'frisbee',
  'ultimate frisbee',
  'kayaking',
  'sailing',
  'rowing',
  'fishing',
  'birding',
  'birdwatching',
  'gardening',
  'chess',
  'poker',
  'board games',
  'video games',
  'gaming',
  'trivia',
  'karaoke',
  'photography',
  'painting',
  'drawing',
  'pottery',
  'ceramics',
  'knitting',
  'crochet',
  'sewing',
  'woodworking',
  'cooking',
  'baking',
  'sourdough',
  'wine',
  'craft beer',
  'cocktails',
  'whiskey',
  'coffee roasting',
  'jazz',
  'salsa',
  'bachata',
  'tango',
  'swing dancing',
  'dancing',
  'ballet',
  'improv',
  'stand-up comedy',
  'standup',
  'theater',
  'theatre',
  'opera',
  'poetry',
  'writing',
  'reading',
  'film photography',
  'anime',
  'comics',
  'podcasts',
  'vinyl',
  'guitar',
  'piano',
  'drums',
  'violin',
  'cello',
  'bass',
  'saxophone',
  'sax',
  'ukulele',
  'djing',
  'meditation',
  'astronomy',
  'travel',
  'traveling',
  'travelling',
  'languages',
  'lego',
  'crosswords',
  'sudoku',
  'tarot',
  'astrology',
  'vegan',
  'vegetarian',
  'pescatarian',
  'rock music',
  'hip hop',
  'techno',
  'house music',
  'skating',
  'ice skating',
  'roller skating',
  'dnd',
  'd&d',
  'dungeons & dragons',
  'f1',
  'formula 1',
];

/** Each word of a hobby: none of them is a name. */
export const HOBBY_WORDS: ReadonlySet<string> = new Set(HOBBIES.flatMap((hobby) => hobby.split(' ')));

/** Words that stand for an interest under another name: "corgi" means dogs. */
export const INTEREST_ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:dogs?|pupp(?:y|ies)|pup|corgis?|retrievers?|labradors?|poodles?|terriers?|huskies|husky|doodles?|beagles?|pugs?|dachshunds?|dog park)\b/i, 'dogs'],
  [/\b(?:cats?|kittens?)\b/i, 'cats'],
  [/\b(?:book ?(?:club|store|shop)s?|novels?|bookworm)\b/i, 'books'],
  [/\b(?:(?:half[- ]?)?marathons?|ultramarathons?|5k|10k|run(?:ning)? club|runs? every)\b/i, 'running'],
  [/\bphotographer\b/i, 'photography'],
  [/\bmusicians?\b|\bin a band\b/i, 'music'],
  [/\bf1\b/i, 'Formula 1'],
];
