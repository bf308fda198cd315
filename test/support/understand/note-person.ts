// A person as a note reads them, with every field empty unless given: the note readers' tests build them here.
import type { NotePerson } from '../../../src/understand/types';

export const notePerson = (overrides: Partial<NotePerson> & { name: string }): NotePerson => ({
  met: null,
  interests: [],
  work: [],
  contacts: {},
  events: [],
  ties: [],
  ...overrides,
});
