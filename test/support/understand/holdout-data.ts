// The held-out set: 110 texts (10 per category) written after the rules, never tuned on, in the table's row format
// and context (TABLE_PEOPLE, Tue 2026-12-01 18:00 America/New_York). Scored by table-score.ts; read by
// holdout.test.ts and bench/understand.mjs. Never change a rule to make a row pass, and never drop a failing row.

import type { Category, Row, Want } from './table-data';

const rows: Row[] = [];
const add = (category: Category, list: ReadonlyArray<[string, Want, Partial<Pick<Row, 'latest' | 'pending'>>?]>): void => {
  for (const [text, want, extra] of list) rows.push({ category, text, want, ...extra });
};

add('several-people', [
  [
    'bumped into wen and her bf marcus at the farmers mkt. wen teaches piano, marcus is an architect',
    { intent: 'note', people: ['Wen', 'Marcus'], details: { Wen: ['piano'], Marcus: ['architect'] }, tie: ['Marcus', 'boyfriend', 'Wen'] },
  ],
  [
    "Had dinner with the Okafors tonight, Chidi and Amara. Chidi is a surgeon and Amara writes children's books.",
    { intent: 'note', people: ['Chidi', 'Amara'], details: { Chidi: ['surgeon'], Amara: ['books'] } },
  ],
  [
    'soccer practice dads: mike (coaches u10, 718-555-0142) and devon, devon brews beer at home',
    { intent: 'note', people: ['Mike', 'Devon'], details: { Devon: ['beer'] }, contacts: { Mike: '+17185550142' } },
  ],
  [
    'met 3 ppl at the climbing comp: jas, tomas & bree. bree sets routes there',
    { intent: 'note', people: ['Jas', 'Tomas', 'Bree'], details: { Bree: ['routes'] } },
  ],
  [
    'Coffee with my neighbor Greta and her son Oliver who just started at NYU',
    { intent: 'note', people: ['Greta', 'Oliver'], details: { Oliver: ['NYU'] }, tie: ['Oliver', 'son', 'Greta'] },
  ],
  [
    'at the wedding i sat next to priyanka and her cousin arjun, both doctors in boston',
    { intent: 'note', people: ['Priyanka', 'Arjun'], details: { Priyanka: ['doctor'], Arjun: ['doctor'] }, tie: ['Arjun', 'cousin', 'Priyanka'] },
  ],
  [
    "met sofia and lucas at board game night. sofia is a data scientist, lucas loves catan lol. sofia's email is sofia.r@hey.com",
    { intent: 'note', people: ['Sofia', 'Lucas'], details: { Sofia: ['data scientist'], Lucas: ['catan'] }, contacts: { Sofia: 'sofia.r@hey.com' } },
  ],
  [
    'Two new folks from the volunteer shift at the food bank: Harriet, a retired librarian, and Kwame who runs a landscaping business',
    { intent: 'note', people: ['Harriet', 'Kwame'], details: { Harriet: ['librarian'], Kwame: ['landscaping'] } },
  ],
  ['grabbed tacos w mateo and his twin sister vale after the show', { intent: 'note', people: ['Mateo', 'Vale'], tie: ['Vale', 'sister', 'Mateo'] }],
  [
    'met nadia + erik on the ski trip, nadia does PR, erik is a firefighter. erik 929 555 0188',
    { intent: 'note', people: ['Nadia', 'Erik'], details: { Nadia: ['PR'], Erik: ['firefighter'] }, contacts: { Erik: '+19295550188' } },
  ],
]);

add('chatter', [
  ['ty!!', { intent: 'chatter' }, { latest: 'Ines' }],
  ['haha ok cool', { intent: 'chatter' }],
  ['ok this app is kinda genius', { intent: 'chatter' }],
  ['🙌🙌', { intent: 'chatter' }],
  ['lmaooo', { intent: 'chatter' }],
  ['wait im lost', { intent: 'confused' }],
  ['sorry what?', { intent: ['confused', 'help'] }],
  ['nite nite', { intent: 'chatter' }],
  ['ugh long day', { intent: 'chatter' }],
  ['how does this even work lol', { intent: ['help', 'confused'] }],
]);

add('correction', [
  ['oops its Gustavo not Gus', { intent: 'rename', person: 'Gus', to: 'Gustavo' }, { latest: 'Gus' }],
  ["sorry her name is Hanna, two n's", { intent: 'rename', person: 'Hana', to: 'Hanna' }, { latest: 'Hana' }],
  ['his cell is actually 347-555-0166', { intent: 'correct-contact', person: 'Rafi', contacts: { Rafi: '+13475550166' } }, { latest: 'Rafi' }],
  ['wrong email, its bea.lindqvist@gmail.com', { intent: 'correct-contact', person: 'Bea', contacts: { Bea: 'bea.lindqvist@gmail.com' } }, { latest: 'Bea' }],
  ['she doesnt work at a bank, shes a teacher', { intent: 'correct-detail', person: 'Dana', what: 'teacher' }, { latest: 'Dana' }],
  ['no no, its the Philly half, not NYC', { intent: 'correct-detail', person: 'Femi', what: 'Philly' }, { latest: 'Femi' }],
  ['not that carla, a new one', { intent: 'new-person' }, { pending: 'same-carla' }],
  ['yup same person', { intent: 'same-person' }, { pending: 'same-carla' }],
  ['actually his last name is Haddad', { intent: 'rename', person: 'Omid', to: 'Omid Haddad' }, { latest: 'Omid' }],
  ["I misspelled it, it's Katharine", { intent: 'rename', person: 'Katherine', to: 'Katharine' }, { latest: 'Katherine' }],
]);

add('question', [
  ['what should i send noor', { intent: 'ask-draft', person: 'Noor' }],
  ['got any ideas for something fun w ivan', { intent: 'ask-activity', person: 'Ivan' }],
  ["who's on deck", { intent: ['ask-next', 'ask-agenda'] }],
  ['whats hanas email again', { intent: 'who', person: 'Hana', field: 'email' }],
  ['do i have a number for luis?', { intent: 'who', person: 'Luis', field: 'phone' }],
  ['Remind me who Katherine is?', { intent: 'who', person: 'Katherine' }],
  ['how did i meet omid', { intent: 'who', person: 'Omid' }],
  ['what can i say to him that isnt weird', { intent: 'ask-draft', person: 'Gus' }, { latest: 'Gus' }],
  ['anyone im overdue on?', { intent: 'ask-agenda' }],
  ['Maya??', { intent: 'who', person: 'Maya' }],
]);

add('mute-forget', [
  ['pls stop bugging me about rafi', { intent: 'mute', person: 'Rafi' }],
  ["i'm over it with leo, no more reminders", { intent: 'mute', person: 'Leo' }],
  ['take dana off the list', { intent: ['forget', 'mute'], person: 'Dana' }],
  ['delete luis', { intent: 'forget', person: 'Luis' }],
  ['can u unmute ben', { intent: 'unmute', person: 'Ben' }],
  ['actually bring ben back', { intent: ['unmute', 'keep'], person: 'Ben' }],
  ['just erase her from everything', { intent: 'forget', person: 'Maya' }, { latest: 'Maya' }],
  ['yes', { intent: 'confirm' }, { pending: 'confirm-forget-gus' }],
  ['no wait dont delete him', { intent: ['confirm', 'keep'] }, { pending: 'confirm-forget-gus' }],
  ['tom is a no, dont nudge me about him', { intent: 'mute', person: 'Tom' }],
]);

add('reminder', [
  ['remind me thurs to text ada about the show', { intent: 'remind', person: 'Ada', day: '2026-12-03' }],
  ['remind me to call my sister at 7 tonight', { intent: 'remind', person: null, day: '2026-12-01', hour: 19 }],
  ['ping me in a week about omid', { intent: 'remind', person: 'Omid', day: '2026-12-08' }],
  ['Please remind me on December 18th to send Tom a Christmas card', { intent: 'remind', person: 'Tom', day: '2026-12-18' }],
  ['remind me tmr morning to txt zoe', { intent: 'remind', person: 'Zoe', day: '2026-12-02' }],
  ['can you remind me to text noor happy birthday jan 3', { intent: 'remind', person: 'Noor', day: '2027-01-03' }],
  ['remind me to pick up dry cleaning wed', { intent: 'remind', person: null, day: '2026-12-02' }],
  ['remind me 2 follow up w hana next fri', { intent: 'remind', person: 'Hana' }],
  ['remind me to call him saturday at 11am', { intent: 'remind', person: 'Ivan', day: '2026-12-05', hour: 11 }, { latest: 'Ivan' }],
  ['set a reminder for monday 8pm to text femi', { intent: 'remind', person: 'Femi', day: '2026-12-07', hour: 20 }],
]);

add('plans-news', [
  ['noor and i are doing brunch sunday', { intent: 'plan', person: 'Noor', day: '2026-12-06', what: 'brunch' }],
  ['she asked me to come to her pottery show fri', { intent: 'plan', person: 'Katherine', day: '2026-12-04', planKind: 'invite' }, { latest: 'Katherine' }],
  ['gus bailed on our beers', { intent: 'plan', person: 'Gus', planKind: 'cancel' }],
  ["we're seeing a movie tmrw night", { intent: 'plan', person: 'Jake', day: '2026-12-02', what: 'movie' }, { latest: 'Jake' }],
  ['dana got promoted!!', { intent: 'news', person: 'Dana', what: 'promoted' }],
  ['luis is opening a second truck in the spring', { intent: 'news', person: 'Luis', what: 'truck' }],
  ['hana is getting married in june', { intent: 'news', person: 'Hana', day: '2027-06', what: 'married' }],
  ['ivan and i play chess every thursday at the club', { intent: 'plan', person: 'Ivan', planKind: 'recurring' }],
  ['tom invited me to the christmas eve service', { intent: 'plan', person: 'Tom', day: '2026-12-24', planKind: 'invite' }],
  ['maya just had her baby!', { intent: 'news', person: 'Maya', what: 'baby' }],
]);

add('mixed', [
  ['texted noor, she replied w a voice memo and wants to get tea sat', { intent: 'done', person: 'Noor', day: '2026-12-05', what: 'tea', warmth: 'warm' }],
  ['sent it. nothing back yet', { intent: 'done', person: 'Gus', warmth: 'none' }, { latest: 'Gus' }],
  ['hit up luis, he said "maybe" lol', { intent: 'done', person: 'Luis', warmth: 'lukewarm' }],
  ["called my guy ivan, we're on for chess wednesday", { intent: 'done', person: 'Ivan', day: '2026-12-02', what: 'chess', warmth: 'warm' }],
  ['texted katherine and she sent back a pic of her new vase, so cute', { intent: 'done', person: 'Katherine', warmth: 'warm' }],
  ['messaged dana, she said shes slammed til january', { intent: 'done', person: 'Dana', warmth: 'lukewarm' }],
  ['sent jake the link, he loved it, drinks thursday', { intent: 'done', person: 'Jake', day: '2026-12-03', what: 'drinks', warmth: 'warm' }],
  ["dm'd femi on insta, seen but no reply", { intent: 'done', person: 'Femi', warmth: 'none' }],
  ['done! he wants to bring his daughter to the park sunday', { intent: 'done', person: 'Tom', day: '2026-12-06', warmth: 'warm' }, { latest: 'Tom' }],
  ['texted hana, quick reply but kinda dry', { intent: 'done', person: 'Hana', warmth: 'lukewarm' }],
]);

add('typing', [
  ['met a guy naemd oskar at the dog park, hes a chef', { intent: 'note', people: ['Oskar'], details: { Oskar: ['chef'] } }],
  ['snoooze 1 wk', { intent: 'snooze', day: '2026-12-08' }, { latest: 'Ines' }],
  ['did itt', { intent: 'done' }, { latest: 'Ines' }],
  ['skio', { intent: 'skip' }, { latest: 'Ines' }],
  ['the 2nd one', { intent: 'pick', choice: 2 }, { pending: 'which-carla' }],
  ['bakery sarah', { intent: 'pick', choice: 2 }, { pending: 'which-sarah' }],
  ['i thinkk her name was ruby', { intent: 'name-answer', to: 'Ruby' }, { pending: 'name' }],
  ['it was ok i guess, she seemd distracted', { intent: 'update', warmth: 'lukewarm' }, { pending: 'how-ines' }],
  [
    'Met a nice young man at the pharmacy, Desmond, he volunteers at the animal shelter',
    { intent: 'note', people: ['Desmond'], details: { Desmond: ['shelter'] } },
  ],
  ['txted zoe 👍', { intent: 'done', person: 'Zoe' }],
]);

add('commands', [
  ['Snooze 5 days', { intent: 'snooze', day: '2026-12-06' }, { latest: 'Ines' }],
  ['what can i text u? like what are the commands', { intent: 'help' }],
  ['pause everything til after new years', { intent: 'pause' }],
  ['nudges at 9am pls', { intent: 'nudge-at' }],
  ['time zone is pacific', { intent: 'tz' }],
  ['export my stuff', { intent: 'export' }],
  ['Leo: he switched jobs, now at a bike shop', { intent: 'add-note', person: 'Leo' }],
  ['keep jake', { intent: 'keep', person: 'Jake' }],
  ['QUIT', { intent: 'stop' }],
  ['i want to delete my account', { intent: 'delete-data' }],
]);

add('other-language', [
  ['hoy conocí a valentina en la clase de yoga, es dentista', { intent: 'note', people: ['Valentina'] }],
  ['je vais prendre un café avec sophie samedi', { intent: 'other-language' }],
  ['habe heute mit lukas telefoniert, er zieht nach berlin', { intent: 'other-language' }],
  ['ya le mandé mensaje a zoe', { intent: 'other-language' }],
  ['obrigado!!', { intent: ['other-language', 'chatter'] }],
  ['no sé qué hacer', { intent: ['other-language', 'confused'] }],
  ['recordame escribirle a ivan mañana', { intent: 'other-language' }],
  ['ieri ho cenato con marco e sua moglie', { intent: 'other-language' }],
  ['qui est jake?', { intent: ['other-language', 'who'] }],
  ['mi amiga carmen trabaja en una panadería, la conocí en el mercado', { intent: 'other-language' }],
]);

export const HOLDOUT: readonly Row[] = rows;
