// note-name: the name a note is about: after "met", before a comma, after "named", with a courtesy title, through
// someone ("Sarah's sister Amy"), with accents and hyphens kept.
import { describe, expect, it } from 'vitest';
import { noteView } from '../../test/support/understand/note-view';

describe('findName', () => {
  it.each([
    ['met Sarah at the climbing gym', 'Sarah', undefined],
    ['sarah from yoga, loves jazz', 'Sarah', undefined],
    ['met a guy named tom at the gym', 'Tom', undefined],
    ['Grace Park, designer at Figma', 'Grace Park', undefined],
    ['Dr. Kim from the clinic', 'Kim', undefined],
    ["talked to mary-kate o'neil about pottery", "Mary-Kate O'Neil", undefined],
    ['José Núñez, chef', 'José Núñez', undefined],
    ['June from yoga', 'June', undefined],
    ['Will from work', 'Will', undefined],
    ["Sarah's sister Amy is a nurse", 'Amy', 'Sarah'],
    // a request to keep someone, opening the text
    ['please save ernest from the brass band', 'Ernest', undefined],
    ['add jess from work', 'Jess', undefined],
    ['can you remember Tom from the band', 'Tom', undefined],
    // a name presented; lowercase and unknown to the lexicon only with where they are known from
    ['416 555 0163 thats aaliyah from my dance class', 'Aaliyah', undefined],
    ['this is Tom from the band', 'Tom', undefined],
    ["that's jess", 'Jess', undefined],
    // after a number opening the text (cut out as a boundary)
    [' ; is jo from the choir', 'Jo', undefined],
    [' ; its marcus from work', 'Marcus', undefined],
    ['saw mrs patel at the surgery', 'Mrs Patel', undefined],
    // "named" opening its clause names the noun of the clause before: a person's...
    ['met a lady at the cafe, named Grace', 'Grace', undefined],
    ['Brisa has a new baby! named Santi', 'Brisa', undefined],
  ] as const)('%j: %s', (note, name, through) => {
    const { hit, s } = noteView(note);
    expect(hit?.name).toBe(name);
    expect(hit?.through).toBe(through);
    // the span is where the name is written
    expect(s.slice(hit?.start ?? 0, hit?.end ?? 0).toLowerCase()).toBe(name.toLowerCase());
  });

  it.each([
    // ...or a child's, a pet's: a detail of someone, not a person met
    "Maricarmen's son is walking now, named Emilio",
    'coffee with the barista',
    'met someone at the gym',
    'loves climbing and jazz',
    'thats sad',
    'thats wild lol',
    'save the date',
    'this is so good',
    'is jo from the choir',
    ' ; is sad',
  ])('%j names nobody', (note) => {
    expect(noteView(note).hit).toBeNull();
  });
});
