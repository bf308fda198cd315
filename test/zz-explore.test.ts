import { env } from 'cloudflare:workers';
import { it } from 'vitest';
import { phoneNumber, setClock, text } from './factories';

async function names(phone: string) {
  const rows = await env.DB.prepare('SELECT p.name FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ? ORDER BY p.id').bind(phone).all<{ name: string }>();
  return rows.results.map((r) => r.name).join(',');
}
const CASES: [string[], string][] = [
  [['Met Maya at the pottery class, 917-555-0111'], 'ok cool'],
  [['Met Maya at the pottery class, 917-555-0111'], 'haha nice'],
  [['Met Maya at the pottery class, 917-555-0111'], 'k'],
  [['Met Maya at the pottery class, 917-555-0111'], 'ty!!'],
  [['Met Maya at the pottery class, 917-555-0111'], 'good morning'],
  [['Met Maya at the pottery class, 917-555-0111'], 'huh?'],
  [['Met Maya at the pottery class, 917-555-0111'], 'what'],
  [['Met Maya at the pottery class, 917-555-0111'], 'oops sorry its Maia'],
  [['Met Maya at the pottery class, 917-555-0111'], 'her number is actually 917-555-0199'],
  [['Met Maya at the pottery class, 917-555-0111'], 'what should i say to maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'what could i do with maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'who is next'],
  [['Met Maya at the pottery class, 917-555-0111'], 'whats mayas email'],
  [['Met Maya at the pottery class, 917-555-0111'], 'stop reminding me about maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'mute maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'forget maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'remind me to text maya on friday'],
  [['Met Maya at the pottery class, 917-555-0111'], 'remind me to call mom sunday'],
  [['Met Maya at the pottery class, 917-555-0111'], 'grabbing drinks with maya friday'],
  [['Met Maya at the pottery class, 917-555-0111'], 'maya got engaged!!'],
  [['Met Maya at the pottery class, 917-555-0111'], 'snoz'],
  [['Met Maya at the pottery class, 917-555-0111'], 'skip maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'done w maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'texted maya, she wants to get coffee sunday'],
  [['Met Maya at the pottery class, 917-555-0111'], 'no thats a different maya'],
  [['Met Maya at the pottery class, 917-555-0111'], 'habe maria im park getroffen, sie liebt hunde'],
  [['Met Maya at the pottery class, 917-555-0111'], 'lsit'],
  [['Met Maya at the pottery class, 917-555-0111'], 'udno'],
  [['Met Maya at the pottery class, 917-555-0111'], 'hlep'],
  [['Met Maya at the pottery class, 917-555-0111'], 'she is great'],
  [['Met Maya at the pottery class, 917-555-0111'], 'no more nudges for her'],
  [[], 'snoze 2 days'],
  [[], 'whats next?'],
  [[], 'who is maya'],
  [[], 'nice'],
  [[], 'met tom and jerry at the dog park'],
];
it('explore', { timeout: 300000 }, async () => {
  for (const [before, t] of CASES) {
    setClock(Date.UTC(2026, 11, 1, 23, 0));
    const from = phoneNumber();
    for (const b of before) await text(from, b);
    const r = await text(from, t);
    console.log(`X ${t} < ${r.reply} [${await names(from)}]`);
  }
});
