// The page commands: which texts ask for the page link or turn it off, in English and Spanish, and which do not.
import { describe, expect, it } from 'vitest';
import { readPageCommand } from './page-command';

describe('readPageCommand', () => {
  it.each([
    ['page', 'page', 'en'],
    ['PAGE', 'page', 'en'],
    ['my people', 'page', 'en'],
    ['Show me everyone!', 'page', 'en'],
    ['link pls', 'page', 'en'],
    ['send me the link', 'page', 'en'],
    ['page off', 'page-off', 'en'],
    ['Page off.', 'page-off', 'en'],
    ['mi gente', 'page', 'es'],
    ['mi página', 'page', 'es'],
    ['Muéstrame a todos', 'page', 'es'],
    ['pagina off', 'page-off', 'es'],
  ])('%s -> %s (%s)', (text, kind, language) => {
    expect(readPageCommand(text)).toEqual({ kind, language });
  });

  it.each([
    'met Sarah, she has a page on etsy',
    'linked up with jake at the gym',
    'list',
    'everyone at the bbq was great, met Ben',
    'page me when jake is due',
    '',
  ])('%s -> not a page command', (text) => {
    expect(readPageCommand(text)).toBeNull();
  });
});
