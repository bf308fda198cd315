// Word lists the understanding layer leans on: plain lowercase sets and small maps, no logic beyond building them.

export const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Texting shorthand -> the word it stands for, applied to the lowercase key every reader matches against. */
export const SLANG: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  yu: 'you',
  w: 'with',
  'w/': 'with',
  wit: 'with',
  n: 'and',
  ppl: 'people',
  peeps: 'people',
  bday: 'birthday',
  b_day: 'birthday',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tomorow: 'tomorrow',
  tommorow: 'tomorrow',
  tonite: 'tonight',
  nite: 'night',
  abt: 'about',
  bout: 'about',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  tx: 'thanks',
  ty: 'thanks',
  tysm: 'thanks',
  b4: 'before',
  '2day': 'today',
  bc: 'because',
  cuz: 'because',
  obvi: 'obviously',
  sum1: 'someone',
  some1: 'someone',
  l8r: 'later',
  ltr: 'later',
  rn: 'right now',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  whats: 'what is',
  wats: 'what is',
  wuts: 'what is',
  hows: 'how is',
  whos: 'who is',
  whens: 'when is',
  wheres: 'where is',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  ill: 'i will',
  dont: 'do not',
  cant: 'can not',
  wont: 'will not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  shes: 'she is',
  hes: 'he is',
  theyre: 'they are',
  were: 'we are',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  lemme: 'let me',
  gimme: 'give me',
  msg: 'message',
  txt: 'text',
  txted: 'texted',
  msgd: 'messaged',
  dmd: 'messaged',
  dmed: 'messaged',
  wknd: 'weekend',
  nxt: 'next',
  wk: 'week',
  sat: 'saturday',
  sun: 'sunday',
  mon: 'monday',
  tues: 'tuesday',
  wed: 'wednesday',
  thurs: 'thursday',
  thu: 'thursday',
  fri: 'friday',
  prob: 'probably',
  def: 'definitely',
  deff: 'definitely',
  rly: 'really',
  sry: 'sorry',
  srry: 'sorry',
  ok: 'ok',
  okay: 'ok',
  okk: 'ok',
  kk: 'ok',
  k: 'ok',
  yea: 'yeah',
  ya_: 'yeah',
  yah: 'yeah',
  yup: 'yes',
  yep: 'yes',
  ye: 'yes',
  nah: 'no',
  nope: 'no',
  shud: 'should',
  cud: 'could',
  wud: 'would',
  abit: 'a bit',
  tho: 'though',
  thru: 'through',
  gf: 'girlfriend',
  bf: 'boyfriend',
};

/** Pronouns that point at the person the latest note or nudge was about. */
export const PRONOUNS = words(`her him she he they them their his hers theirs em ella él le su sus ela ele dela dele`);

/**
 * THE list of words that are never (part of) a person's name, for the note parser, the reply parser and this layer:
 * function words, chatter, command words, time words, and everyday words once taken for names ("Huh", "huge", "Lol",
 * "Thanks", "Wow"). Words that are also names (Will, June, April, August) are not here.
 */
export const NOT_NAME = words(`
  i me my mine myself you your yours he him his himself she her hers herself they them their theirs we us our
  ours it its this that these those there here a an the some any someone somebody anyone anybody everyone
  everybody nobody noone no none one two three four five few several both each every all another other others
  such what who whom whose which where when why how up with w at in on by of to for from through via into
  about over after before again also just today tonight yesterday tomorrow earlier later last next now then
  morning evening afternoon night week weekend month year day days weeks months hours hour minutes mins
  guy girl woman women man men lady dude person people ppl gal fellow couple kid kids boy folks team friend
  friends mom dad cool nice great super really very so and or but nor not yes yeah yep yup nope nah ok okay
  k kk huh hmm hm um uh oh ooh wow whoa hi hey hello yo thanks thank thx  tysm lol lmao lmfao rofl haha
  hahaha hehe omg omfg wtf idk idc tbh btw fyi imo imho smh ngl jk brb ttyl np nvm sure maybe please pls plz
  sorry oops whoops well too also still again huge big tiny small little good bad fine awesome amazing
  awesome perfect sweet lovely fun funny weird crazy insane wild nuts epic dope sick lit fire legit true
  done sent  snooze later list help stop start pause resume undo export keep forget delete remove mute
  unmute same new different tz timezone time zone nudge nudges note notes update reminder reminders remind
  info everything anything nothing something thing things stuff is are was were be been being am do did
  does have has had got get gets went go going gone said says say wrote write replied reply texted text
  called call loved love liked like met meet meeting talked talk spoke chatted coffee lunch dinner drinks
  drink brunch beers saw see had can could would should wont cant dont didnt doesnt isnt wasnt
  havent hasnt im ive id youre hes shes theyre were whats thats lets kindling bot app number email phone
  monday tuesday wednesday thursday friday saturday sunday january february march july
  september october november december mon tue tues wed thu thurs fri sat sun
  work home gym class office bar cafe party event show actually anyway anyways honestly basically
  apparently totally literally seriously definitely obviously probably confused wait what hold ugh welp
  yay yass yas woo woohoo whew phew meh ew aww awww ah ahh ha account article data draft  first invite link
  lot luckily many message  more msg much off ones onto out photo pic ps re sadly second third todo under
  unfortunately wrong correction mistake erratum christmas xmas gday g'day naemd typo
  hola oye bueno buena buenisimo buenisima estuvo pues porfa jaja jajaja jeje tambien hoy ayer manana muy pero
  perdon perdona perdoname disculpa disculpe uy ups
  chico chica chicos chicas senora senor senorita chava chavo apunta anota oye gracias merci beaucoup danke
  obrigado obrigada grazie ciao salut bonjour hallo
  el los las lo que una uno un al su sus por para con sin como porque dela dele instead
  mum mam mammy mummy mommy daddy grandpa grandma granny gran nan nana nanna grandad granddad grandmother grandfather
  auntie aunty uncle hubby wifey missus bestie santa storm hurricane
`);

/** Also never a name inside a reply command, though names elsewhere ("snooze till june", "will do", "skip", "ty"). */
export const NOT_NAME_IN_COMMANDS: ReadonlySet<string> = new Set([...NOT_NAME, 'will', 'june', 'april', 'august', 'ty', 'skip', 'em', 'min']);

/** Words that, alone, name no event of theirs: "Sarah's huge is today" has no event called "huge". */
export const NOT_AN_EVENT = words(`
  huge big great good nice cool fun lol haha wow omg huh thanks ok okay amazing awesome crazy insane wild epic so
  very really super totally day thing things stuff it this that the a an is was
`);

/** Relations that tie one person in a note to another: "his sister Aiko". */
export const TIE_WORDS = words(`
  sister brother sis bro wife husband partner boyfriend girlfriend gf bf fiance fiancee fiancé fiancée
  roommate cousin mom dad mother father son daughter friend bestie coworker colleague cofounder
  co-founder boss aunt uncle niece nephew neighbor neighbour twin spouse
  missus missis hubby wifey grandma grandmother granny gran nan nana grandpa grandfather grandad granddad
  godmother godfather stepmom stepmum stepmother stepdad stepfather stepbrother stepsister
`);

/** Spelled-out tie words as a reply should say them. */
export const TIE_NAMES: Readonly<Record<string, string>> = {
  sis: 'sister',
  bro: 'brother',
  gf: 'girlfriend',
  bf: 'boyfriend',
  fiancee: 'fiance',
  fiancé: 'fiance',
  fiancée: 'fiance',
  mother: 'mom',
  father: 'dad',
  neighbour: 'neighbor',
  'co-founder': 'cofounder',
  missus: 'wife',
  missis: 'wife',
  wifey: 'wife',
  hubby: 'husband',
  grandma: 'grandmother',
  granny: 'grandmother',
  gran: 'grandmother',
  nan: 'grandmother',
  nana: 'grandmother',
  grandpa: 'grandfather',
  grandad: 'grandfather',
  granddad: 'grandfather',
  stepmum: 'stepmom',
  stepmother: 'stepmom',
  stepfather: 'stepdad',
};

/** Words that make a text about two or more people share a detail: "both nurses", "they do trivia". */
export const SHARED_WORDS = words(`both they theyre they're theyve they've theyd they'd theyll they'll them their we everyone all`);

/** Things people do together: the "what" of a plan. */
export const ACTIVITIES = words(`
  lunch coffee dinner drinks drink brunch breakfast beers beer wine tea dessert food pizza tacos sushi
  hike hiking climb climbing bouldering swim swimming run running walk ride bike biking yoga tennis
  pickleball golf chess boardgames games trivia karaoke movie movies film show concert gig party
  housewarming birthday bday bbq picnic jam session game match museum gallery park play dance dancing
  skiing surfing bowling pottery cooking baking study shopping trip crawl swap call meeting zoom facetime
`);

/** One-word and short texts that are friendly noise: they save nothing and ask nothing. */
export const CHATTER_WORDS = words(`
  thanks thank you so much very ok okay cool nice great awesome perfect sounds good got it lol haha hahaha
  hehe lmao omg wow hi hey hello yo morning good night evening afternoon kindling kindly the best are is
  that this sorry wrong chat app btw fan of huge amazing love it appreciate appreciated sweet yay yes yeah
  noted will do gotcha understood alright right fine fair enough makes sense a lot ha ah oh nice one
  thx ty tysm np no problem cheers bye ttyl gn gm sure true lovely brilliant fantastic excellent
  wonderful neat rad dope sick legit fire cute aww awww haha hah really indeed you're youre u r just
  checking in hru how its going all helpful useful honestly genuinely handy smart clever thing lifesaver
  dear darling hun hon mate buddy pal dude man bro sis friend funny hilarious to know knew interesting was fast hmm hm hmmm mhm
  okie dokie okey dokey alrighty roger copy bet beans thing your youre
  quick easy simple
`);

/** Friendly phrases whose words alone would read as something else ("no" is a skip). */
export const CHATTER_PHRASES =
  /^(?:no worries|no problem|no prob|no rush|all good|(?:merry|happy) (?:christmas|xmas|holidays|new year|thanksgiving|hanukkah|easter|birthday|friday|monday|weekend)(?: to you)?|eid mubarak|happy new year|same to you|you too)(?: (?:kindling|thanks|thank you|lol|haha))*$/;

/** Texts that say the user is lost: a pointer to HELP answers them. */
export const CONFUSED_PHRASES: readonly RegExp[] = [
  /^(?:lol |haha |h+m+ |u+m+ |u+h+ |wait |so )*(?:what|wat|wut|huh|hm+|wdym|que|eh)[?!. ]*$/,
  /^(?:lol |haha |h+m+ |u+m+ |u+h+ |wait |so |ok |okay )*(?:what (?:do|should|am) i (?:do|supposed to do)|what now|now what|what next)(?: now| here| with this)?$/,
  /\b(?:not sure what (?:you|u) mean|dont (?:get|understand)|do not (?:get|understand)|i am confused|im confused|confused|confusing|what does (?:that|this) mean|what do (?:you|u) mean|wdym|makes no sense|no idea what|lost me|what is (?:going on|happening)|whats (?:going on|happening)|what is (?:this|that) (?:about|supposed))\b/,
  /^\?+[\s\w]*$/,
  /\b(?:not sure how (?:this|it|you|u) works?|how (?:does|do) (?:this|it|you|u) work|how do i use (?:this|it|you|u)|what am i supposed to (?:do|text|say)|what do i do now)\b/,
];

/** Function words by language, none of them also an everyday English word: two in one text mark it as that language. */
export const FOREIGN_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  Spanish: words(`el la en los las del muy pero como más conocí conoci encanta gusta trabaja gracias hola mañana
    ella él mandes mensajes esto funciona quedamos para comer jueves viernes sábado sabado domingo lunes
    martes miércoles chicas chicos fiesta dos simpática simpatico simpático trabajo escribí escribi contestó
    contesto recuérdame recuerdame llamar entiendo hoy gimnasio abogado le les escribo su con un una unos unas es son
    está esta estoy favor vemos amigo amiga que qué cómo por también pues hermana hermano novia`),
  French: words(`je j'ai tu il elle nous vous ils elles les des et est une au aux du pas ne merci beaucoup
    avec pour sur dans rencontré rencontre aime travaille très bonjour salut oui cette mes
    comprends c'est qu'il demain ami amie soir`),
  German: words(`ich du sie wir und der das ist nicht mit habe heute getroffen liebt gehen hunde klettern
    samstag sonntag montag danke bitte ja nein ein eine einen mein meine sehr auch aber morgen freund freundin
    wie geht`),
  Portuguese: words(`os não dela dele ele ela conheci gosta encontrei parque cachorro festa obrigado
    obrigada olá você muito também amanhã trabalha uma está são pela pelo ajuda tchau oi tudo bem`),
  Italian: words(`il gli di che è ho conosciuto lavora banca sono molto grazie ciao domani anche lui
    della dello siamo`),
};
