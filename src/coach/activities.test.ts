import { describe, expect, it } from 'vitest';
import { suggestActivity, suggestGroup } from './activities';
import { isGsm7 } from '../domain/sms-length';

const seeds = Array.from({ length: 24 }, (_, i) => i * 7919 + i);

describe('suggestActivity: every category, several phrasings', () => {
  it.each([
    // outdoors
    ['hiking', /hike|trail/],
    ['trails', /hike|trail/],
    ['rock climbing', /climb|boulder/],
    ['bouldering', /boulder|climb/],
    ['surfing', /surf|beach/],
    ['cycling', /ride/],
    ['gravel biking', /ride/],
    ['running', /run/],
    ['marathon training', /run/],
    ['camping', /hike|trail/],
    // food and drink
    ['coffee', /coffee|cafe|pour-over/],
    ['natural wine', /wine/],
    ['craft beer', /brew|beer|pint/],
    ['ceviche', /ceviche/],
    ['cooking', /cook|market/],
    ['sourdough', /sourdough|bakery|bread/],
    ['vegetarian food', /vegetarian/],
    ['restaurants', /restaurant|brunch|food market/],
    // arts
    ['pottery', /pottery|ceramics/],
    ['painting', /sketch|drawing|museum/],
    ['murals', /mural/],
    ['galleries', /galler|museum/],
    ['film photography', /photo/],
    ['film', /movie|screening|film/],
    // music
    ['jazz', /jazz/],
    ['sax', /jazz/],
    ['guitar', /open mic|jam|record/],
    ['vintage synths', /synth|electronic|record/],
    ['gigs', /gig|show|record/],
    ['concerts', /gig|show|record/],
    ['salsa dancing', /salsa|dance|dancing/],
    // sport
    ['volleyball', /volleyball/],
    ['cricket', /cricket|net session/],
    ['yoga', /yoga/],
    ['football', /football|game-day/],
    ['Longhorns', /Longhorns|game-day/],
    ['Knicks', /Knicks|game-day/],
    ['tennis', /tennis/],
    ['musical theater', /coffee|walk/],
    // games
    ['board games', /board game|Catan/],
    ['trivia', /trivia|quiz/],
    ['chess', /chess|blitz/],
    ['video games', /gaming|arcade|game night/],
    // books
    ['books', /book|reading/],
    ['Murakami', /book|reading/],
    ['book club', /book/],
    // family and pets
    ['dogs', /dog/],
    ['her corgi Biscuit', /dog/],
    ['golden retriever', /dog/],
    ['kids', /kids|family/],
    ['two kids', /kids|family/],
  ] as [string, RegExp][])('%s -> %s', (interest, expected) => {
    const seen = new Set<string>();
    for (const seed of seeds) {
      const idea = suggestActivity([interest], [], seed);
      expect(idea.activity).toMatch(expected);
      expect(idea.because).toBe(interest);
      expect(isGsm7(idea.activity.replace(interest, ''))).toBe(true);
      seen.add(idea.activity);
    }
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });

  it.each(['startups', 'ML', 'fintech', 'product design', 'hiring engineers', 'chemistry teacher', 'cardiologist', 'PM'])(
    'work %s -> coffee to swap ideas, no job title forced into it',
    (work) => {
      for (const seed of seeds) {
        const idea = suggestActivity([], [work], seed);
        expect(idea.activity).toMatch(/^a (coffee|lunch) to (swap ideas|talk shop|swap work stories|compare notes)$/);
        expect(idea.because).toBe(work);
      }
    },
  );

  it.each([
    ['ramen shop', /ramen shop/],
    ['app for climbers', /boulder|climb/],
  ])('work that is a pastime (%s) gets that activity', (work, expected) => {
    for (const seed of seeds) expect(suggestActivity([], [work], seed).activity).toMatch(expected);
  });

  it.each(['machine learning', 'startups', 'UX'])('tech as an interest (%s) is named', (interest) => {
    const activities = seeds.map((seed) => suggestActivity([interest], [], seed).activity);
    expect(activities.some((activity) => activity.includes(interest))).toBe(true);
  });

  it('prefers a shared interest over work', () => {
    for (const seed of seeds) expect(suggestActivity(['hiking'], ['fintech'], seed).because).toBe('hiking');
  });

  it('picks among several interests by seed', () => {
    const because = new Set(seeds.map((seed) => suggestActivity(['hiking', 'jazz', 'pottery'], [], seed).because));
    expect(because).toEqual(new Set(['hiking', 'jazz', 'pottery']));
  });

  it.each(['vintage typewriters', 'competitive origami', 'Esperanto', 'beekeeping', 'Brazilian jiu-jitsu'])('unknown interest %s is named', (interest) => {
    for (const seed of seeds) {
      const idea = suggestActivity([interest], [], seed);
      expect(idea.activity).toContain(interest);
      expect(idea.because).toBe(interest);
    }
  });

  it('clips a long note to its first three words', () => {
    const idea = suggestActivity(['restoring old Italian espresso machines from the fifties'], [], 3);
    expect(idea.activity.length).toBeLessThan(60);
  });

  it('nothing noted: a plain coffee or walk', () => {
    expect(suggestActivity([], [], 1)).toEqual({ activity: expect.stringMatching(/coffee|walk|lunch/), because: '' });
    expect(suggestActivity(['  '], [], 1).because).toBe('');
  });

  it('is deterministic', () => {
    expect(suggestActivity(['hiking', 'jazz'], ['ML'], 42)).toEqual(suggestActivity(['hiking', 'jazz'], ['ML'], 42));
  });
});

describe('suggestGroup: low pressure, with friends', () => {
  it.each([
    ['trivia', /trivia|quiz/],
    ['board games', /game night/],
    ['hiking', /hike/],
    ['jazz', /jazz/],
    ['natural wine', /wine/],
    ['volleyball', /volleyball/],
    ['Longhorns', /watch party/],
    ['dogs', /dog/],
  ] as [string, RegExp][])('%s -> %s', (interest, expected) => {
    for (const seed of seeds) {
      const idea = suggestGroup([interest], seed);
      expect(idea.activity).toMatch(expected);
      expect(idea.because).toBe(interest);
    }
  });

  it('defaults to an easy group plan', () => {
    const ideas = new Set(seeds.map((seed) => suggestGroup([], seed).activity));
    expect(ideas.size).toBeGreaterThanOrEqual(3);
    for (const idea of ideas) expect(isGsm7(idea)).toBe(true);
    expect(suggestGroup(['beekeeping'], 1).because).toBe('beekeeping');
  });
});
