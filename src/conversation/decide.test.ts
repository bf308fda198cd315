// Conversations without D1: given a snapshot and a text, decide returns this reply and these changes.
import { describe, expect, it } from 'vitest';
import { asked, changeOf, DAY, HOUR, INBOUND_ID, noteOf, NOW, nudgedAbout, nudgeOf, personOf, snapshotOf, userOf } from '../../test/support/snapshots';
import type { Change } from './changes';
import { decide, type DecideInputs } from './decide';
import type { Snapshot } from './snapshot';

const inputs: DecideInputs = { now: NOW, origin: 'https://kindling.test', numMedia: 0, exportToken: 'T'.repeat(43), limits: { repliesPerMinute: 5 } };
const ref = (n: number) => ({ ref: `${INBOUND_ID}.${n}` });

const sarah = personOf({
  id: 11,
  name: 'Sarah',
  met: 'climbing gym',
  interests: ['bouldering'],
  work: ['pottery studio'],
  contacts: { phone: '+19175550199' },
  updatedAt: NOW - 2 * DAY,
});
const ben = personOf({ id: 12, name: 'Ben Okafor', nameKey: 'ben okafor', met: 'bbq', interests: ['sourdough'], updatedAt: NOW - 3 * DAY });
const sarahCheckIn = nudgeOf({ id: 31, personId: 11, kind: 'check-in', dueAt: NOW + 5 * DAY });
const sarahSent = nudgeOf({ id: 30, personId: 11, kind: 'first-follow-up', state: 'sent', dueAt: NOW - HOUR });
const withPeople = (fields: Partial<Snapshot> = {}) => snapshotOf({ people: [sarah, ben], nudges: [sarahCheckIn], ...fields });

function kinds(changes: Change[]): string[] {
  return changes.map((change) => change.type);
}

describe('capture', () => {
  it('a note about someone new saves them, their note, a first nudge and an undo record, under refs of this text', () => {
    const decision = decide(snapshotOf({ isNewUser: true }), 'Met Priya at the book club, loves sci-fi, 917-555-0123', inputs);
    expect(decision.reply).toMatch(/^Welcome to Kindling! Saved Priya \(book club\): sci-fi\. I'll nudge you tomorrow at 10am\./);
    expect(decision.reply).toMatch(/I've set your time zone to .+\. Text TZ and your city to change it\./);
    expect(decision.changes).toEqual([
      { type: 'savePerson', ref: ref(1).ref, person: expect.objectContaining({ name: 'Priya', nameKey: 'priya', met: 'book club', metAt: NOW }) },
      { type: 'addNote', ref: ref(2).ref, personId: ref(1), body: 'Met Priya at the book club, loves sci-fi, 917-555-0123' },
      { type: 'cancelNudges', personId: ref(1) },
      { type: 'planNudge', personId: ref(1), nudge: { kind: 'first-follow-up', dueAt: Date.UTC(2026, 2, 5, 15) } },
      { type: 'recordUndo', summary: 'saved Priya', revert: {}, deletePerson: ref(1) },
    ]);
  });

  it('a note from someone known is not welcomed', () => {
    const reply = decide(withPeople(), 'Met Priya at the book club, loves sci-fi', inputs).reply;
    expect(reply).toBe("Saved Priya (book club): sci-fi. I'll nudge you tomorrow at 10am. No number yet: getting one is step one.");
  });

  it.each([
    ['small talk', 'thanks!', /^Anytime!/, []],
    ['a note naming nobody keeps it loose and asks who', 'met someone at the gallery, into murals', /Who was it\?/, ['addNote', 'setPending']],
    [
      'a note naming someone saved asks SAME or NEW',
      'Sarah from yoga, loves green tea',
      /You already have a Sarah \(climbing gym, met Feb 22\)\. Same person\?/,
      ['addNote', 'setPending'],
    ],
    ['an empty text', '   ', /came through empty/, []],
  ] as const)('%s', (_label, text, reply, changeKinds) => {
    const decision = decide(withPeople(), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(kinds(decision.changes)).toEqual(changeKinds);
  });

  it('the loose note is what the pending question points at', () => {
    const decision = decide(withPeople(), 'Sarah from yoga, loves green tea', inputs);
    expect(decision.changes).toEqual([
      { type: 'addNote', ref: ref(1).ref, personId: null, body: 'Sarah from yoga, loves green tea' },
      { type: 'setPending', pending: { type: 'same', noteId: ref(1), personId: 11 } },
    ]);
  });

  it('a picture alone gets the media reply', () => {
    expect(decide(withPeople(), '', { ...inputs, numMedia: 1 }).reply).toMatch(/only read words/);
  });

  it('"<name>: more" adds to the person, files the note and keeps their pending nudge', () => {
    const decision = decide(withPeople(), 'Sarah: loves green tea', inputs);
    expect(decision.reply).toBe("Added to Sarah's notes. Next: a light check-in Monday at 7:30pm.");
    expect(decision.changes).toEqual([
      { type: 'updatePerson', personId: 11, patch: expect.objectContaining({ interests: ['bouldering', 'green tea'] }) },
      { type: 'addNote', ref: ref(1).ref, personId: 11, body: 'Sarah: loves green tea' },
      {
        type: 'recordUndo',
        summary: 'note added to Sarah',
        revert: expect.objectContaining({ nudgesOfPersonId: 11, nudges: [sarahCheckIn], deleteNoteId: null }),
      },
    ]);
  });
});

describe('answers to questions', () => {
  const looseNote = noteOf({ id: 51, body: 'met someone at the gallery, into murals' });

  it('a name answers "who was it?": a new person, filed with the stored note', () => {
    const decision = decide(withPeople({ user: asked({ type: 'name', noteId: 51 }), notes: [looseNote] }), 'Maya', inputs);
    expect(decision.reply).toMatch(/^Saved Maya \(gallery\): murals\./);
    expect(decision.changes).toEqual([
      { type: 'setPending', pending: null },
      { type: 'savePerson', ref: ref(1).ref, person: expect.objectContaining({ name: 'Maya', met: 'gallery', interests: ['murals'] }) },
      { type: 'fileNote', noteId: 51, personId: ref(1) },
      { type: 'cancelNudges', personId: ref(1) },
      { type: 'planNudge', personId: ref(1), nudge: expect.objectContaining({ kind: 'get-contact' }) },
      { type: 'recordUndo', summary: 'saved Maya', revert: {}, deletePerson: ref(1) },
    ]);
  });

  it.each([
    ['SAME merges into the saved person', 'same', /^Added to Sarah's notes/, ['setPending', 'updatePerson', 'fileNote', 'recordUndo']],
    ['YES means SAME here', 'yes', /^Added to Sarah's notes/, ['setPending', 'updatePerson', 'fileNote', 'recordUndo']],
    ['NEW saves another Sarah', 'new', /^Saved Sarah \(yoga\): green tea/, ['setPending', 'savePerson', 'fileNote', 'cancelNudges', 'planNudge', 'recordUndo']],
  ] as const)('%s', (_label, text, reply, changeKinds) => {
    const note = noteOf({ id: 52, body: 'Sarah from yoga, loves green tea' });
    const decision = decide(withPeople({ user: asked({ type: 'same', noteId: 52, personId: 11 }), notes: [note] }), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(kinds(decision.changes)).toEqual(changeKinds);
  });

  it('a question that lapsed is not answered: the text is read on its own', () => {
    const user = asked({ type: 'name', noteId: 51 }, { pendingExpiresAt: NOW - 1 });
    const decision = decide(withPeople({ user, notes: [looseNote] }), 'Maya', inputs);
    expect(decision.reply).toMatch(/^Saved Maya\. /);
    expect(decision.changes).toContainEqual({ type: 'addNote', ref: ref(2).ref, personId: ref(1), body: 'Maya' });
    expect(kinds(decision.changes)).not.toContain('fileNote');
  });

  it('a stored question that does not validate is ignored', () => {
    const user = asked({ type: 'which', intent: { kind: 'explode' }, personIds: [11, 12] });
    expect(decide(withPeople({ user }), '2', inputs).changes.some((change) => change.type === 'updatePerson')).toBe(false);
  });
});

describe('steering after a nudge', () => {
  const afterSarah = (fields: Partial<Snapshot> = {}) => withPeople({ user: nudgedAbout([11]), nudges: [sarahSent, sarahCheckIn], ...fields });

  it('DONE marks the person reached, answers the sent nudge, replans and asks how it went', () => {
    const decision = decide(afterSarah(), 'done', inputs);
    expect(decision.reply).toMatch(/^Nice work reaching out to Sarah! How did it go\?/);
    expect(decision.changes).toEqual([
      { type: 'updatePerson', personId: 11, patch: { lastContactAt: NOW } },
      { type: 'finishSentNudges', personId: 11 },
      { type: 'cancelNudges', personId: 11 },
      { type: 'planNudge', personId: 11, nudge: expect.objectContaining({ kind: expect.any(String) }) },
      { type: 'setPending', pending: { type: 'how', personId: 11 } },
      { type: 'recordUndo', summary: 'Sarah marked done', revert: expect.objectContaining({ nudgesOfPersonId: 11, nudges: [sarahCheckIn] }) },
    ]);
  });

  it('SNOOZE brings back the nudge just sent, at the asked time inside the window', () => {
    const decision = decide(afterSarah(), 'snooze 3 days', inputs);
    expect(decision.reply).toBe("OK, I'll bring Sarah up again Saturday at 10am.");
    expect(decision.changes.slice(0, 2)).toEqual([
      { type: 'cancelNudges', personId: 11 },
      { type: 'planNudge', personId: 11, nudge: { kind: 'first-follow-up', dueAt: Date.UTC(2026, 2, 7, 15) } },
    ]);
  });

  it('SKIP replans', () => {
    const decision = decide(afterSarah(), 'skip', inputs);
    expect(decision.reply).toMatch(/^Skipped\. Next for Sarah/);
    expect(kinds(decision.changes)).toEqual(['cancelNudges', 'planNudge', 'recordUndo']);
  });

  it('how it went answers the question DONE asked', () => {
    const decision = decide(
      afterSarah({ user: asked({ type: 'how', personId: 11 }, { lastNudgePeople: '[11]', lastNudgeAt: NOW - HOUR }) }),
      'she wrote back right away',
      inputs,
    );
    expect(decision.reply).toMatch(/^Love that! Sarah sounds keen/);
    expect(decision.changes[0]).toEqual({ type: 'updatePerson', personId: 11, patch: { warmth: 'warm', silences: 0, kept: false } });
    expect(decision.changes).toContainEqual({ type: 'planNudge', personId: 11, nudge: expect.objectContaining({ kind: 'deepen' }) });
  });

  it('a bare DONE after a nudge about two people asks which, keeping the intent in the question', () => {
    const decision = decide(withPeople({ user: nudgedAbout([11, 12]) }), 'done', inputs);
    expect(decision.reply).toMatch(/1\) Sarah 2\) Ben Okafor/);
    expect(decision.changes).toEqual([{ type: 'setPending', pending: { type: 'which', intent: { kind: 'done' }, personIds: [11, 12] } }]);
  });

  it.each([
    ['by number', '2'],
    ['by first name', 'ben'],
  ])('the pick (%s) applies the asked intent to that person', (_label, text) => {
    const user = asked({ type: 'which', intent: { kind: 'done' }, personIds: [11, 12] }, { lastNudgePeople: '[11,12]', lastNudgeAt: NOW - HOUR });
    const decision = decide(withPeople({ user }), text, inputs);
    expect(decision.reply).toMatch(/^Nice work reaching out to Ben Okafor/);
    expect(decision.changes[0]).toEqual({ type: 'setPending', pending: null });
    expect(decision.changes).toContainEqual({ type: 'finishSentNudges', personId: 12 });
  });

  it('a bare SNOOZE about two people stores where the snooze lands, and the pick snoozes that one to it', () => {
    const asking = decide(withPeople({ user: nudgedAbout([11, 12]) }), 'snooze 3 days', inputs);
    const landing = Date.UTC(2026, 2, 7, 15);
    expect(asking.changes).toEqual([{ type: 'setPending', pending: { type: 'which', intent: { kind: 'snooze', until: landing }, personIds: [11, 12] } }]);
    const user = asked(
      { type: 'which', intent: { kind: 'snooze', until: landing }, personIds: [11, 12] },
      { lastNudgePeople: '[11,12]', lastNudgeAt: NOW - HOUR },
    );
    const picked = decide(withPeople({ user, nudges: [sarahSent, sarahCheckIn] }), '1', { ...inputs, now: NOW + HOUR });
    expect(picked.reply).toBe("OK, I'll bring Sarah up again Saturday at 10am.");
    expect(picked.changes).toContainEqual({ type: 'planNudge', personId: 11, nudge: { kind: 'first-follow-up', dueAt: landing } });
  });

  it('with no nudge to refer to, DONE says nothing is due yet, who is next and how to mark them', () => {
    expect(decide(withPeople(), 'done', inputs)).toEqual({
      reply: "Nothing's due yet. Next up: Sarah, Monday at 7:30pm. Already in touch? Text DONE SARAH.",
      changes: [],
    });
  });
});

describe('keep, resume and names nobody has', () => {
  it('KEEP after a nudge about one person keeps them and replans', () => {
    const decision = decide(withPeople({ user: nudgedAbout([12]) }), 'keep', inputs);
    expect(decision.reply).toMatch(/^Keeping Ben Okafor/);
    expect(decision.changes[0]).toEqual({ type: 'updatePerson', personId: 12, patch: expect.objectContaining({ kept: true }) });
    expect(kinds(decision.changes)).toEqual(['updatePerson', 'cancelNudges', 'planNudge', 'recordUndo']);
  });

  it('KEEP with nobody to refer to asks who', () => {
    expect(decide(withPeople(), 'keep', inputs)).toEqual({ reply: 'Who should I keep? Reply KEEP and their name.', changes: [] });
  });

  it('RESUME brings nudges the pause parked back to the next window time, and keeps the rest', () => {
    const pausedUntil = NOW + 14 * DAY;
    const parked = nudgeOf({ id: 33, personId: 12, dueAt: Date.UTC(2026, 2, 18, 23, 30) });
    const later = nudgeOf({ id: 34, personId: 11, dueAt: NOW + 30 * DAY });
    const decision = decide(withPeople({ user: userOf({ pausedUntil }), nudges: [parked, later] }), 'resume', inputs);
    expect(decision.reply).toMatch(/^Welcome back/);
    expect(decision.changes).toEqual([
      { type: 'setUser', patch: { pausedUntil: null } },
      { type: 'moveNudge', nudgeId: 33, dueAt: NOW, onlyPending: true },
      { type: 'recordUndo', summary: 'resume', revert: { nudges: [parked, later], user: { pausedUntil } } },
    ]);
  });

  it.each([
    ['FORGET', 'forget Zed', /I don't have anyone called Zed/, []],
    ['a note for someone unknown is a new note', 'Zed: loves chess', /^Saved Zed/, ['savePerson', 'addNote', 'cancelNudges', 'planNudge', 'recordUndo']],
  ] as const)('%s with a name nobody has', (_label, text, reply, changeKinds) => {
    const decision = decide(withPeople(), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(kinds(decision.changes)).toEqual(changeKinds);
  });

  it('two saved people with the same first name: a bare first name asks which, and keeps the question', () => {
    const sarahLee = personOf({ id: 13, name: 'Sarah Lee', nameKey: 'sarah lee', met: 'work' });
    const decision = decide(
      withPeople({ people: [personOf({ id: 14, name: 'Sarah Kim', nameKey: 'sarah kim', met: 'gym' }), sarahLee] }),
      'who is sarah?',
      inputs,
    );
    expect(decision.reply).toMatch(/Sarah Kim \(gym\).*Sarah Lee \(work\)|Sarah Lee \(work\).*Sarah Kim \(gym\)/);
    expect(decision.changes).toEqual([{ type: 'setPending', pending: { type: 'which', intent: { kind: 'who' }, personIds: [14, 13] } }]);
  });

  it.each([
    ['by where they met', 'the gym one'],
    ['by number', '1'],
  ])('the pick (%s) after "which Sarah?" answers WHO IS for that one', (_label, text) => {
    const sarahKim = personOf({ id: 14, name: 'Sarah Kim', nameKey: 'sarah kim', met: 'gym' });
    const sarahLee = personOf({ id: 13, name: 'Sarah Lee', nameKey: 'sarah lee', met: 'work' });
    const user = asked({ type: 'which', intent: { kind: 'who' }, personIds: [14, 13] });
    const decision = decide(withPeople({ user, people: [sarahKim, sarahLee] }), text, inputs);
    expect(decision.reply).toMatch(/^Sarah Kim: met at gym/);
    expect(decision.changes).toEqual([{ type: 'setPending', pending: null }]);
  });
});

describe('recall', () => {
  it('WHO IS answers from the snapshot: facts, latest notes and what is next', () => {
    const notes = [
      noteOf({ id: 60, personId: 11, body: 'Sarah: moving to Denver', createdAt: NOW - HOUR }),
      noteOf({ id: 40, personId: 11, body: 'Met Sarah at the climbing gym', createdAt: NOW - 10 * DAY }),
    ];
    const decision = decide(withPeople({ notes }), 'who is Sarah?', inputs);
    expect(decision.reply).toMatch(/^Sarah: met at climbing gym/);
    expect(decision.reply).toMatch(/Latest: moving to Denver\./);
    expect(decision.changes).toEqual([]);
  });

  it.each([
    ['WHO IS', 'who is Sarah?', /^Sarah: met at climbing gym Feb 22\. pottery studio, bouldering\./],
    ['<name>?', 'Sarah?', /^Sarah: met at climbing gym/],
    ['WHO IS with the full name, in capitals', 'WHO IS BEN OKAFOR', /^Ben Okafor: met at bbq Feb 22\. sourdough\./],
    ['an unknown name', 'who is Zed?', /I don't have anyone called Zed/],
    ['LIST, most recently updated first', 'list', /Your people: 1\) Sarah \(climbing gym\) 2\) Ben Okafor \(bbq\)/],
  ])('%s', (_label, text, reply) => {
    const decision = decide(withPeople(), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(decision.changes).toEqual([]);
  });

  it('LIST with nobody saved says so', () => {
    expect(decide(snapshotOf(), 'list', inputs).reply).toMatch(/No one saved yet/);
  });
});

describe('account', () => {
  it.each([
    ['STOP opts out and says nothing', userOf(), 'STOP', null, [{ type: 'optOut' }]],
    ['START opts back in', userOf({ optedOut: true }), 'START', /You're back on/, [{ type: 'optIn', resumeAt: NOW }]],
    ['DELETE MY DATA asks first', userOf(), 'delete my data', /Reply DELETE ALL/, [{ type: 'setPending', pending: { type: 'delete' } }]],
    ['DELETE ALL after the question deletes', asked({ type: 'delete' }), 'DELETE ALL', /Everything you saved is deleted/, [{ type: 'deleteEverything' }]],
    ['DELETE ALL out of the blue deletes nothing', userOf(), 'DELETE ALL', /Nothing to confirm/, []],
    ['anything else after the question keeps it all', asked({ type: 'delete' }), 'hmm no', /nothing deleted/, [{ type: 'setPending', pending: null }]],
    [
      'FORGET asks first, saying it cannot be undone',
      userOf(),
      'forget Ben',
      /^Erase Ben Okafor .*can't be undone/,
      [{ type: 'setPending', pending: { type: 'forget', personId: 12 } }],
    ],
    [
      'YES after the question erases the person',
      asked({ type: 'forget', personId: 12 }),
      'yes',
      /^Forgot Ben Okafor/,
      [
        { type: 'setPending', pending: null },
        { type: 'forgetPerson', personId: 12, name: 'Ben Okafor' },
      ],
    ],
    ['NO after the question keeps them', asked({ type: 'forget', personId: 12 }), 'no', /didn't erase/, [{ type: 'setPending', pending: null }]],
    [
      'EXPORT issues a link with the given token',
      userOf(),
      'export',
      /https:\/\/kindling\.test\/export\/T{43} /,
      [{ type: 'issueExport', token: 'T'.repeat(43), expiresAt: NOW + DAY }],
    ],
    ['NUDGE AT outside the window changes nothing', userOf(), 'nudge at 11pm', /only text between 9:00 and 20:00/, []],
    ['HELP lists the commands and names STOP', userOf(), 'HELP', /^Kindling: text a note.*DONE.*STOP to opt out\.$/, []],
  ] as const)('%s', (_label, user, text, reply, changes) => {
    const decision = decide(withPeople({ user }), text, inputs);
    if (reply === null) expect(decision.reply).toBeNull();
    else expect(decision.reply).toMatch(reply);
    expect(decision.changes).toEqual(changes);
  });

  it('PAUSE holds every pending nudge until the pause ends, and can be undone', () => {
    const decision = decide(withPeople(), 'pause 2 weeks', inputs);
    expect(decision.reply).toMatch(/^Paused until Mar 18/);
    expect(decision.changes).toEqual([
      { type: 'setUser', patch: { pausedUntil: NOW + 14 * DAY } },
      { type: 'holdNudges', state: 'pending', notBefore: expect.any(Number) },
      { type: 'recordUndo', summary: 'pause', revert: { nudges: [sarahCheckIn], user: { pausedUntil: null } } },
    ]);
  });

  it('a time zone moves nudges into the new local window and states the local time there', () => {
    const early = nudgeOf({ id: 32, personId: 12, dueAt: Date.UTC(2026, 2, 6, 14) }); // 9am New York, 8am Chicago
    const decision = decide(withPeople({ nudges: [early] }), 'tz Chicago', inputs);
    expect(decision.reply).toMatch(/It's 5:30pm there now/);
    expect(decision.changes).toEqual([
      { type: 'setUser', patch: { timeZone: 'America/Chicago' } },
      { type: 'moveNudge', nudgeId: 32, dueAt: Date.UTC(2026, 2, 6, 15), onlyPending: false },
      { type: 'recordUndo', summary: 'time zone change', revert: { nudges: [early], user: { timeZone: 'America/New_York' } } },
    ]);
  });

  it('NUDGE AT moves each pending nudge to that hour on its own day', () => {
    const decision = decide(withPeople(), 'nudge at 6pm', inputs);
    expect(decision.reply).toMatch(/6pm/);
    expect(decision.changes).toEqual([
      { type: 'setUser', patch: { preferredHour: 18 } },
      { type: 'moveNudge', nudgeId: 31, dueAt: Date.UTC(2026, 2, 9, 22), onlyPending: false },
      { type: 'recordUndo', summary: 'nudge time change', revert: { nudges: [sarahCheckIn], user: { preferredHour: 10 } } },
    ]);
  });

  it.each([
    ['a city', 'tz Chicago', 'America/Chicago', /Chicago/],
    ['an IANA zone', 'tz Europe/Berlin', 'Europe/Berlin', /Berlin/],
  ])('TZ takes %s', (_label, text, zone, reply) => {
    const decision = decide(withPeople(), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(decision.changes[0]).toEqual({ type: 'setUser', patch: { timeZone: zone } });
  });

  it('TZ says so when it does not know the zone, and changes nothing', () => {
    expect(decide(withPeople(), 'tz Narnia', inputs)).toEqual({ reply: expect.stringMatching(/don't know the time zone/), changes: [] });
  });

  it('an opted-out number still gets HELP', () => {
    expect(decide(withPeople({ user: userOf({ optedOut: true }) }), 'help', inputs).reply).toMatch(/^Kindling: text a note/);
  });

  it('an opted-out number gets no reply, but its note is still saved', () => {
    const decision = decide(withPeople({ user: userOf({ optedOut: true }) }), 'Met Priya at the book club', inputs);
    expect(decision.reply).toBeNull();
    expect(kinds(decision.changes)).toContain('savePerson');
  });
});

describe('undo', () => {
  it('puts back the newest change', () => {
    const revert = { nudges: [], user: { pausedUntil: null } };
    const latestChange = changeOf({ id: 9, summary: 'pause', revert: JSON.stringify(revert), createdAt: NOW - HOUR });
    const decision = decide(withPeople({ latestChange }), 'undo', inputs);
    expect(decision).toEqual({ reply: 'Undone: pause.', changes: [{ type: 'revert', changeId: 9, changedAt: NOW - HOUR, revert }] });
  });

  it.each([
    ['with nothing to undo', null, []],
    ['with an unreadable record, which it drops', changeOf({ id: 9, summary: 'x', revert: '{"nudges": "no"}' }), [{ type: 'dropChange', changeId: 9 }]],
  ] as const)('%s', (_label, latestChange, changes) => {
    expect(decide(withPeople({ latestChange }), 'undo', inputs)).toEqual({ reply: 'Nothing to undo.', changes });
  });
});

describe('purity', () => {
  it('the same snapshot, text and inputs give the same decision, and the snapshot is not touched', () => {
    const snapshot = withPeople({ user: nudgedAbout([11]), nudges: [sarahSent, sarahCheckIn] });
    const copy = structuredClone(snapshot);
    expect(decide(snapshot, 'done', inputs)).toEqual(decide(snapshot, 'done', inputs));
    expect(snapshot).toEqual(copy);
  });
});

describe('the reply limit', () => {
  const note = 'Met Priya at the book club, loves sci-fi';
  it.each([
    ['under the limit: the reply', { textsLastMinute: 4, repliesLastDay: 0, noticesLastHour: 0 }, userOf(), /^Saved Priya/],
    ['the first text over it: one notice', { textsLastMinute: 5, repliesLastDay: 0, noticesLastHour: 0 }, userOf(), /^Got all of those and saved them/],
    ['the next: silence', { textsLastMinute: 6, repliesLastDay: 0, noticesLastHour: 0 }, userOf(), null],
    ['over it again within the hour: silence', { textsLastMinute: 5, repliesLastDay: 0, noticesLastHour: 1 }, userOf(), null],
    ['past the daily ceiling: silence', { textsLastMinute: 0, repliesLastDay: 60, noticesLastHour: 0 }, userOf(), null],
    ['an opted-out number: silence', { textsLastMinute: 5, repliesLastDay: 0, noticesLastHour: 0 }, userOf({ optedOut: true }), null],
  ] as const)('%s, and the note is saved', (_label, recent, user, reply) => {
    const decision = decide(withPeople({ recent, user }), note, inputs);
    if (reply === null) expect(decision.reply).toBeNull();
    else expect(decision.reply).toMatch(reply);
    expect(kinds(decision.changes)).toContain('savePerson');
  });
});

describe('understanding, wired', () => {
  const jake = personOf({ id: 13, name: 'Jake', interests: ['trail running'], contacts: { phone: '+19175550123' }, updatedAt: NOW - 4 * DAY });
  const people = (fields: Partial<Snapshot> = {}) => snapshotOf({ people: [sarah, ben, jake], nudges: [sarahCheckIn], ...fields });

  it.each([
    ['thanks is a friendly answer, never a person', 'thanks!', /^Anytime!/],
    ['lol is a friendly answer', 'lol', /^(Ha|Got it|Sounds good)/],
    ['a thumbs up is a friendly answer', '\u{1F44D}', /^(Sounds good|Got it|Glad|Anytime|Ha)/u],
    ['"lol what" points at HELP', 'lol what', /Text HELP/],
    ['"Huh" alone gets the help text, not a person', 'Huh', /^Kindling: text a note|Text HELP/],
    ['a short unclear text gets one question with choices', 'hmm the park', /\?.*HELP/],
  ] as const)('%s', (_label, text, reply) => {
    const decision = decide(people(), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(decision.reply).not.toMatch(/Who was it/);
    expect(kinds(decision.changes)).not.toContain('savePerson');
    expect(kinds(decision.changes)).not.toContain('setPending');
  });

  it('a note in Spanish is read: the person it names is saved, the note kept as written', () => {
    const text = 'conoci a maria en la fiesta, le encanta bailar salsa';
    const decision = decide(people(), text, inputs);
    expect(decision.reply).toMatch(/Maria/);
    expect(decision.reply).not.toMatch(/English/);
    expect(decision.changes).toContainEqual(expect.objectContaining({ type: 'addNote', body: text }));
    expect(decision.changes).toContainEqual(expect.objectContaining({ type: 'savePerson' }));
  });

  it('another language it cannot read: the text is kept as a loose note and the reply says how to name someone', () => {
    const text = 'wir gehen am samstag klettern';
    const decision = decide(people(), text, inputs);
    expect(decision.reply).toMatch(/^I kept your note\. To save someone, name them/);
    expect(decision.changes).toEqual([{ type: 'addNote', ref: ref(1).ref, personId: null, body: text }]);
  });

  it.each([
    ['stop reminding me about ben', 12, 'Ben Okafor'],
    ['no more reminders about sarah pls', 11, 'Sarah'],
    ['i dont want to follow up with jake', 13, 'Jake'],
  ] as const)('"%s" mutes: their nudges are cancelled, nothing is erased, and it can be undone', (text, personId, name) => {
    const decision = decide(people(), text, inputs);
    expect(decision.reply).toMatch(new RegExp(`no more reminders about ${name}.*KEEP`));
    expect(kinds(decision.changes)).toEqual(['updatePerson', 'cancelNudges', 'recordUndo']);
    expect(decision.changes.slice(0, 2)).toEqual([
      { type: 'updatePerson', personId, patch: { muted: true } },
      { type: 'cancelNudges', personId, withHeld: true },
    ]);
  });

  it('"huh? im asking u what to say to him" after a note on Jake: a draft now, naming a detail', () => {
    const decision = decide(people({ people: [{ ...jake, updatedAt: NOW - HOUR }, sarah, ben] }), 'huh? im asking u what to say to him', inputs);
    expect(decision.reply).toMatch(/Jake/);
    expect(decision.reply).toMatch(/trail running|running/);
    expect(decision.reply).toMatch(/"/);
    expect(decision.changes).toEqual([]);
  });

  it('"what should i text jake?" is a draft naming a detail', () => {
    const decision = decide(people(), 'what should i text jake?', inputs);
    expect(decision.reply).toMatch(/Jake.*"[^"]*"|"[^"]*Jake[^"]*"/);
    expect(decision.reply).toMatch(/running/);
  });

  it('a note about a muted person is kept and plans no nudge', () => {
    const decision = decide(people({ people: [{ ...ben, muted: true }, sarah, jake] }), 'Ben Okafor: loves jazz, his number is 917-555-0142', inputs);
    expect(decision.reply).toMatch(/^Added to Ben Okafor's notes/);
    expect(kinds(decision.changes)).not.toContain('planNudge');
  });

  it('UNMUTE of a muted person clears the flag and plans again', () => {
    const decision = decide(people({ people: [{ ...ben, muted: true }, sarah, jake] }), 'unmute ben', inputs);
    expect(decision.changes[0]).toMatchObject({ type: 'updatePerson', personId: 12, patch: { muted: false } });
    expect(kinds(decision.changes)).toContain('planNudge');
  });

  it('UNMUTE plans their nudges again, as KEEP does', () => {
    const decision = decide(people(), 'unmute ben', inputs);
    expect(decision.reply).toMatch(/^Keeping Ben Okafor/);
    expect(kinds(decision.changes)).toContain('updatePerson');
  });

  it.each([
    ['remind me to text jake on friday', 13, 'Jake'],
    ['remind me to call sarah tmrw at 5', 11, 'Sarah'],
  ] as const)('"%s" plans a nudge for that person at that time', (text, personId, name) => {
    const decision = decide(people(), text, inputs);
    expect(decision.reply).toMatch(new RegExp(`^Okay, I'll remind you about ${name} `));
    const planned = decision.changes.find((change) => change.type === 'planNudge');
    expect(planned).toMatchObject({ personId, nudge: { kind: 'check-in' } });
    expect(planned?.type === 'planNudge' && planned.nudge.dueAt).toBeGreaterThan(NOW);
  });

  it('a reminder about someone unknown invents no one', () => {
    const decision = decide(people(), 'remind me to text dana on friday', inputs);
    expect(decision.reply).toMatch(/only remind you about people I know/);
    expect(kinds(decision.changes)).not.toContain('savePerson');
    expect(kinds(decision.changes)).not.toContain('planNudge');
  });

  it.each([
    ['whats next?', /^Next up: Sarah, Monday at 7:30pm\.$/],
    ['when is my next reminder?', /^Next up: Sarah/],
    ['who should i reach out to this week', /^Due this week: Sarah\.$/],
    ['whats jakes number', /^Jake's number: \+19175550123$/],
    ['whats bens email', /^I don't have a email for Ben Okafor yet\.$|^I don't have an? email for Ben Okafor yet\.$/],
  ] as const)('"%s" is answered from what is saved', (text, reply) => {
    const decision = decide(people(), text, inputs);
    expect(decision.reply).toMatch(reply);
    expect(decision.changes).toEqual([]);
  });
});

describe('understanding, wired: several people and corrections', () => {
  it('several people in one note: each saved with their own details and contacts', () => {
    const text = 'met two ppl at the hackathon: omar (backend dev, 917-555-0101) and lily (designer)';
    const decision = decide(withPeople(), text, inputs);
    expect(decision.reply).toMatch(/^Saved Omar and Lily/);
    const saved = decision.changes.flatMap((change) => (change.type === 'savePerson' ? [change.person] : []));
    expect(saved.map((person) => person.name)).toEqual(['Omar', 'Lily']);
    expect(saved[0]?.contacts).toEqual({ phone: '+19175550101' });
    expect(saved[1]?.contacts).toEqual({});
    expect(JSON.stringify(saved[0])).toMatch(/backend/);
    expect(JSON.stringify(saved[1])).toMatch(/designer/);
    expect(JSON.stringify(saved[1])).not.toMatch(/backend/);
  });

  it('shared details go on both', () => {
    const decision = decide(withPeople(), 'Met Alex and Sam at the climbing gym, both into bouldering', inputs);
    const saved = decision.changes.flatMap((change) => (change.type === 'savePerson' ? [change.person] : []));
    expect(saved.map((person) => [person.name, person.interests.includes('bouldering')])).toEqual([
      ['Alex', true],
      ['Sam', true],
    ]);
  });

  const maya = personOf({
    id: 14,
    name: 'Sarah Lee',
    nameKey: 'sarah lee',
    contacts: { phone: '+19175550100', email: 'old@example.com' },
    interests: ['berlin marathon'],
    updatedAt: NOW - HOUR,
  });
  const latest = () => snapshotOf({ people: [maya, ben] });

  it('"actually her name is Sara" renames the latest person', () => {
    const decision = decide(latest(), 'actually her name is Sara', inputs);
    expect(decision.reply).toMatch(/Sara/);
    expect(decision.changes[0]).toEqual({ type: 'updatePerson', personId: 14, patch: { name: 'Sara', nameKey: 'sara' } });
    expect(kinds(decision.changes)).toEqual(['updatePerson', 'recordUndo']);
  });

  it('"oops her number is ..." replaces the number, keeping the email', () => {
    const decision = decide(latest(), 'oops her number is 917-555-0123', inputs);
    expect(decision.reply).toMatch(/^Fixed Sarah Lee's contact/);
    expect(decision.changes[0]).toEqual({ type: 'updatePerson', personId: 14, patch: { contacts: { phone: '+19175550123', email: 'old@example.com' } } });
  });

  it('"not berlin, its the chicago marathon" swaps the detail', () => {
    const decision = decide(latest(), 'not berlin, its the chicago marathon', inputs);
    const patch = decision.changes[0]?.type === 'updatePerson' ? decision.changes[0].patch : null;
    expect(JSON.stringify(patch?.interests)).toMatch(/chicago/i);
    expect(JSON.stringify(patch?.interests)).not.toMatch(/berlin/i);
  });
});

describe('understanding, wired: plans and news', () => {
  const mia = personOf({ id: 15, name: 'Mia', met: 'yoga', updatedAt: NOW - HOUR });
  const miaCheckIn = nudgeOf({ id: 35, personId: 15, kind: 'check-in', dueAt: NOW + 5 * DAY });
  const latest = () => snapshotOf({ people: [mia, ben], nudges: [miaCheckIn] });

  it('"we\'re getting lunch thursday!" keeps the note, stores the plan on the latest person and asks how it went the day after', () => {
    const decision = decide(latest(), "we're getting lunch thursday!", inputs);
    expect(decision.reply).toMatch(/^Enjoy lunch! I'll ask how it went Friday at 10am\.$/);
    const lunch = { what: 'lunch', at: expect.any(Number) };
    expect(decision.changes).toEqual([
      { type: 'addNote', ref: ref(1).ref, personId: 15, body: "we're getting lunch thursday!" },
      { type: 'updatePerson', personId: 15, patch: { warmth: 'warm', silences: 0, plans: [lunch], lastContactAt: NOW } },
      { type: 'cancelNudges', personId: 15 },
      {
        type: 'planNudge',
        personId: 15,
        nudge: expect.objectContaining({ kind: 'plan-follow-up', dueAt: Date.UTC(2026, 2, 6, 15), plan: lunch, covers: expect.stringMatching(/^plan:/) }),
      },
      expect.objectContaining({ type: 'recordUndo' }),
    ]);
  });

  it('"she had to cancel" marks the plan cancelled and brings them up again for another try', () => {
    const lunch = { what: 'lunch', at: NOW + DAY };
    const reachable = { ...mia, contacts: { phone: '+19175550123' }, plans: [lunch] };
    const decision = decide(snapshotOf({ people: [reachable, ben], nudges: [miaCheckIn] }), 'she had to cancel', inputs);
    expect(decision.reply).toMatch(/^No worries, plans move\. I'll bring Mia up again Mar 14 at 10am for another try\.$/);
    expect(decision.changes[0]).toEqual({ type: 'addNote', ref: ref(1).ref, personId: 15, body: 'she had to cancel' });
    expect(decision.changes[1]).toEqual({ type: 'updatePerson', personId: 15, patch: { plans: [{ ...lunch, cancelled: true }] } });
    expect(decision.changes[3]).toEqual({
      type: 'planNudge',
      personId: 15,
      nudge: expect.objectContaining({ kind: 'check-in', plan: { ...lunch, cancelled: true }, covers: expect.stringMatching(/^retry:/) }),
    });
  });

  it('"ben closed his round!!" stores the news on Ben and plans a congratulation soon', () => {
    const decision = decide(latest(), 'ben closed his round!!', inputs);
    expect(decision.reply).toMatch(/^Great news for Ben Okafor! I'll nudge you to send a congrats /);
    expect(decision.changes[0]).toEqual({ type: 'addNote', ref: ref(1).ref, personId: 12, body: 'ben closed his round!!' });
    expect(decision.changes[1]).toEqual({ type: 'updatePerson', personId: 12, patch: { news: [{ what: 'closed his round', on: NOW }], lastContactAt: NOW } });
    expect(decision.changes[3]).toEqual({
      type: 'planNudge',
      personId: 12,
      nudge: expect.objectContaining({ kind: 'give', give: { type: 'congrats', news: { what: 'closed his round', on: NOW } } }),
    });
  });

  it('"i see mia every saturday at the pool anyway" stores the place: her check-in becomes a say-hi there', () => {
    const decision = decide(latest(), 'i see mia every saturday at the pool anyway', inputs);
    expect(decision.changes[1]).toEqual({ type: 'updatePerson', personId: 15, patch: { recurringPlace: { place: 'the pool', weekday: 6 } } });
    expect(decision.reply).toMatch(/^Good to know you see Mia at the pool on Saturdays\./);
  });

  it('"ben is moving to lisbon in march" stores the move and plans a catch-up before it', () => {
    const decision = decide(latest(), 'ben is moving to lisbon in march', inputs);
    expect(decision.changes[1]).toEqual({ type: 'updatePerson', personId: 12, patch: { move: { to: 'Lisbon', on: expect.stringMatching(/^20\d\d-03$/) } } });
    expect(decision.reply).toMatch(/^Big move for Ben!/);
  });
});

describe('understanding, wired: how people type', () => {
  it.each([
    ['ran into this guy marcus at the bar, total f1 nerd, works in logistics', 'Marcus'],
    ['grabbed coffee w/ my new coworker lena, shes super into ultramarathons', 'Lena'],
  ] as const)('"%s" saves the lowercase name, never asks who it was', (text, name) => {
    const decision = decide(withPeople(), text, inputs);
    expect(decision.reply).toMatch(new RegExp(`^Saved ${name}`));
    expect(decision.changes[0]).toMatchObject({ type: 'savePerson', person: { name } });
  });

  it('"any ideas what to do w ben?" gets a suggestion now, naming a detail', () => {
    const decision = decide(withPeople(), 'any ideas what to do w ben?', inputs);
    expect(decision.reply).toMatch(/Ben/);
    expect(decision.reply).not.toMatch(/Who was it/);
    expect(decision.changes).toEqual([]);
  });
});

describe('understanding, wired: mixed texts', () => {
  it('"texted ben, he wants to climb saturday" keeps the note on Ben and plans to ask how it went', () => {
    const decision = decide(withPeople(), 'texted ben, he wants to climb saturday', inputs);
    expect(decision.reply).toMatch(/^Enjoy .*I'll ask how it went Sunday/);
    expect(decision.changes[0]).toEqual({ type: 'addNote', ref: ref(1).ref, personId: 12, body: 'texted ben, he wants to climb saturday' });
    expect(kinds(decision.changes)).toContain('planNudge');
  });
});

describe('issue 22: how it went goes to the person it is about, read at its true pace', () => {
  const lena = personOf({
    id: 21,
    name: 'Lena',
    met: 'gallery',
    events: [{ what: 'first solo show opening', on: '2026-03-02' }],
    contacts: { phone: '+16465550205' },
  });
  const ada = personOf({
    id: 22,
    name: 'Ada',
    met: 'synth meetup',
    warmth: 'warm',
    contacts: { phone: '+19175550201' },
    sentKinds: ['first-follow-up', 'plan-follow-up'],
  });
  const chris = personOf({ id: 23, name: 'Chris', met: 'coworking space', contacts: { phone: '+16465550202' }, sentKinds: ['first-follow-up'] });
  const updated = (decision: ReturnType<typeof decide>) =>
    decision.changes.flatMap((change) => (change.type === 'updatePerson' && 'warmth' in change.patch ? [change.personId] : []));

  it.each([
    ['no question pending', null],
    ['how it went with Ada pending', JSON.stringify({ type: 'how', personId: 22 })],
  ])('"went to her show, she was thrilled" after a nudge about Ada is filed under Lena (%s)', (_label, pending) => {
    const user = pending ? asked(JSON.parse(pending), { lastNudgePeople: '[22]', lastNudgeAt: NOW - HOUR }) : nudgedAbout([22]);
    const decision = decide(snapshotOf({ user, people: [ada, lena] }), 'went to her show, she was thrilled', inputs);
    expect(updated(decision)).toEqual([21]);
    expect(decision.reply).toMatch(/Lena/);
    expect(decision.reply).not.toMatch(/Ada/);
  });

  it("a report naming no event of anyone's stays with the latest nudge", () => {
    const decision = decide(snapshotOf({ user: nudgedAbout([22]), people: [ada, lena] }), 'she wrote back right away', inputs);
    expect(updated(decision)).toEqual([22]);
  });

  it.each(['Chris wrote back thanks!!', 'wrote back thanks', 'he replied thank you!'])(
    '"%s" is polite, not keen: no "sounds keen", no barrage of invites',
    (text) => {
      const decision = decide(snapshotOf({ user: nudgedAbout([23]), people: [chris] }), text, inputs);
      expect(decision.changes).toContainEqual({ type: 'updatePerson', personId: 23, patch: expect.objectContaining({ warmth: 'lukewarm' }) });
      expect(decision.reply).not.toMatch(/keen|great sign|is in!/i);
      const planned = decision.changes.find((change) => change.type === 'planNudge');
      expect(planned && 'nudge' in planned ? planned.nudge : null).not.toMatchObject({ kind: 'deepen', group: undefined });
    },
  );
});
