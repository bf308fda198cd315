// How much Kindling saves at once and keeps in all: bounds on what one text can make it store and send.

/** People one text saves at most (shared cards or a note naming several); the rest are named as left out. */
export const MAX_PEOPLE_PER_TEXT = 10;
/** People one user keeps at most; past it a note is kept but no one new is saved. */
export const MAX_PEOPLE_PER_USER = 2_000;
