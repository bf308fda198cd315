// The export file formats: vCard 3.0 (one card per person, notes included) and CSV.

export interface ExportEntry {
  person: {
    name: string;
    met: string | null;
    metAt: number;
    interests: string[];
    work: string[];
    contacts: { phone?: string; email?: string; instagram?: string; linkedin?: string; handles?: string[] };
    events: { what: string; on: string }[];
  };
  notes: string[];
}

/** RFC 6350 3.4: backslash, comma and semicolon escaped; every line break (CRLF, a lone CR or LF) becomes \n. */
function vcardEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/**
 * One vCard 3.0 per person, their notes in NOTE.
 * @example toVCards([{ person: { name: 'Sarah', ... }, notes: [] }]) // "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sarah\r\n..."
 */
export function toVCards(entries: ExportEntry[]): string {
  return (
    entries
      .map(({ person, notes }) => {
        const [first, ...rest] = person.name.split(' ');
        const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${vcardEscape(person.name)}`, `N:${vcardEscape(rest.join(' '))};${vcardEscape(first ?? '')};;;`];
        if (person.contacts.phone) lines.push(`TEL;TYPE=CELL:${vcardEscape(person.contacts.phone)}`);
        if (person.contacts.email) lines.push(`EMAIL:${vcardEscape(person.contacts.email)}`);
        if (person.contacts.instagram) lines.push(`X-SOCIALPROFILE;TYPE=instagram:https://instagram.com/${vcardEscape(person.contacts.instagram)}`);
        if (person.contacts.linkedin) lines.push(`X-SOCIALPROFILE;TYPE=linkedin:https://${vcardEscape(person.contacts.linkedin)}`);
        if (person.work[0]) lines.push(`TITLE:${vcardEscape(person.work[0])}`);
        const summary = [
          person.met
            ? `Met at ${person.met} on ${new Date(person.metAt).toISOString().slice(0, 10)}`
            : `Met ${new Date(person.metAt).toISOString().slice(0, 10)}`,
          person.interests.length ? `Into: ${person.interests.join(', ')}` : '',
          person.work.length ? `Work: ${person.work.join(', ')}` : '',
          ...person.events.map((event) => `${event.what}: ${event.on}`),
          ...notes.map((note) => `Note: ${note}`),
        ]
          .filter(Boolean)
          .join('\n');
        lines.push(`NOTE:${vcardEscape(summary)}`, 'END:VCARD');
        return lines.join('\r\n');
      })
      .join('\r\n') + (entries.length ? '\r\n' : '')
  );
}

/** RFC 4180 quoting, also for `;` (the delimiter of spreadsheets in many locales); CR, LF and CRLF stay inside quotes. */
function csvCell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet: prefix it. An E.164 phone number is only a number.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^\+[1-9]\d{6,14}$/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One CSV row per person under a header row.
 * @example toCsv([{ person: { name: 'Sarah', met: 'climbing gym', ... }, notes: [] }]) // "name,met,met_on,...\r\nSarah,climbing gym,2026-12-01,..."
 */
export function toCsv(entries: ExportEntry[]): string {
  const header = ['name', 'met', 'met_on', 'phone', 'email', 'instagram', 'linkedin', 'interests', 'work', 'events', 'notes'];
  const rows = entries.map(({ person, notes }) =>
    [
      person.name,
      person.met ?? '',
      new Date(person.metAt).toISOString().slice(0, 10),
      person.contacts.phone ?? '',
      person.contacts.email ?? '',
      person.contacts.instagram ?? '',
      person.contacts.linkedin ?? '',
      person.interests.join('; '),
      person.work.join('; '),
      person.events.map((event) => `${event.what} ${event.on}`).join('; '),
      notes.join(' | '),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
