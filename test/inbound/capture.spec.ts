// Capture and recall through the Worker: notes become people, questions get answered, users stay apart.
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { messageOf, phoneNumber, smsParams, text, twilioPost } from '../factories';
import { rowsOf } from '../support/rows';

async function peopleOf(phone: string) {
  return rowsOf<Record<string, unknown>>('people', phone);
}

describe('capture', () => {
  it('saves the first note of a new number, welcomes them, names the specifics and the next nudge', async () => {
    const from = phoneNumber('917');
    const answer = await text(from, "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199");
    expect(answer.reply).toMatch(/^Welcome to Kindling!/);
    expect(answer.reply).toContain('Sarah');
    expect(answer.reply).toMatch(/climbing gym/);
    expect(answer.reply).toMatch(/bouldering/);
    expect(answer.reply).toMatch(/STOP/);
    expect(answer.reply).toMatch(/nudge/i);
    const [sarah] = await peopleOf(from);
    expect(sarah?.name).toBe('Sarah');
    expect(JSON.parse(String(sarah?.contacts))).toEqual({ phone: '+19175550199' });
    const user = await env.DB.prepare('SELECT time_zone FROM users WHERE phone = ?').bind(from).first<{ time_zone: string }>();
    expect(user?.time_zone).toBe('America/New_York');
    const nudge = await env.DB.prepare("SELECT kind, due_at FROM nudges WHERE person_id = ? AND state = 'pending'")
      .bind(sarah?.id)
      .first<{ kind: string; due_at: number }>();
    expect(nudge?.kind).toBe('first-follow-up');
  });

  it('does not welcome twice, and says getting a contact is step one when none was noted', async () => {
    const from = phoneNumber('415');
    await text(from, 'Met Ben at pottery class, loves jazz');
    const second = await text(from, 'Luis at the dog park with the corgi, fixes vintage synths');
    expect(second.reply).not.toMatch(/Welcome/);
    expect(second.reply).toContain('Luis');
    expect(second.reply).toMatch(/number|contact/i);
    const user = await env.DB.prepare('SELECT time_zone FROM users WHERE phone = ?').bind(from).first<{ time_zone: string }>();
    expect(user?.time_zone).toBe('America/Los_Angeles');
  });

  it('keeps a note with no name, asks who it was, and files it under the answer', async () => {
    const from = phoneNumber();
    await text(from, 'help');
    const asked = await text(from, 'Met someone cool at the gallery, forgot to get her name, she paints murals downtown');
    expect(asked.reply).toMatch(/Who was it/);
    expect(await peopleOf(from)).toHaveLength(0);
    const filed = await text(from, 'Her name is Maya');
    expect(filed.reply).toContain('Maya');
    const [maya] = await peopleOf(from);
    expect(maya?.name).toBe('Maya');
    const notes = await env.DB.prepare('SELECT body FROM notes WHERE person_id = ?').bind(maya?.id).all();
    expect(notes.results.map((row) => row.body)).toEqual(['Met someone cool at the gallery, forgot to get her name, she paints murals downtown']);
  });

  it('asks whether a repeated name is the same person; SAME merges, NEW saves another', async () => {
    const from = phoneNumber();
    await text(from, 'Met Jake at the networking event, works on a fintech startup');
    const asked = await text(from, 'Jake from the climbing gym, loves trail running');
    expect(asked.reply).toMatch(/already have a Jake/);
    expect(asked.reply).toMatch(/SAME/);
    const merged = await text(from, 'same');
    expect(merged.reply).toMatch(/Added to Jake/);
    let people = await peopleOf(from);
    expect(people).toHaveLength(1);
    expect(JSON.parse(String(people[0]?.interests)).join(' ')).toMatch(/trail/);

    await text(from, 'Jake at the dog park, has a husky');
    const created = await text(from, 'new');
    expect(created.reply).toContain('Jake');
    people = await peopleOf(from);
    expect(people).toHaveLength(2);
  });
});

describe('recall', () => {
  it("keeps users apart: nobody can see or steer another number's people", async () => {
    const alice = phoneNumber();
    const bob = phoneNumber();
    await text(alice, 'Met Sarah at the climbing gym, runs a pottery studio');
    for (const probe of ['who is Sarah?', 'Sarah?', 'list', 'forget Sarah', 'keep Sarah', 'done Sarah', 'Sarah: secret note']) {
      const answer = await text(bob, probe);
      expect(answer.reply ?? '').not.toMatch(/pottery|climbing/);
    }
    expect(await peopleOf(alice)).toHaveLength(1);
    const stillThere = await text(alice, 'who is Sarah?');
    expect(stillThere.reply).toMatch(/pottery/);
  });
});

describe('help, stop and start', () => {
  it.each(['STOP', 'stop', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'])('%s records the opt-out and sends no second reply', async (keyword) => {
    const from = phoneNumber();
    await text(from, 'Met Sarah at the climbing gym');
    const answer = await text(from, keyword);
    expect(answer.status).toBe(200);
    expect(answer.twiml).toMatch(/<Response\/>$/);
    const user = await env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(from).first<{ opted_out: number }>();
    expect(user?.opted_out).toBe(1);
    const held = await env.DB.prepare("SELECT count(*) AS n FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
      .bind(from)
      .first<{ n: number }>();
    expect(held?.n).toBe(0);
  });

  it.each(['START', 'UNSTOP', 'yes'])('%s opts back in and the plan resumes', async (keyword) => {
    const from = phoneNumber();
    await text(from, 'Met Sarah at the climbing gym');
    await text(from, 'STOP');
    const answer = await text(from, keyword);
    expect(answer.reply).toMatch(/back on/);
    const user = await env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(from).first<{ opted_out: number }>();
    expect(user?.opted_out).toBe(0);
    const pending = await env.DB.prepare("SELECT count(*) AS n FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
      .bind(from)
      .first<{ n: number }>();
    expect(pending?.n).toBe(1);
  });
});

describe('ALLOWED_NUMBERS', () => {
  it('answers only the numbers listed, and stores nothing for others', async () => {
    const owner = phoneNumber();
    const stranger = phoneNumber();
    const restricted = { ...env, ALLOWED_NUMBERS: `${owner}, +15555550100` };
    const send = async (from: string, body: string) => {
      const response = await app.fetch(twilioPost('/twilio/sms', smsParams({ From: from, Body: body })), restricted, createExecutionContext());
      return { status: response.status, reply: messageOf(await response.text()) };
    };
    const allowed = await send(owner, 'Met Sarah at the gym');
    expect(allowed.reply).toContain('Sarah');
    const refused = await send(stranger, 'Met Jake at the gym');
    expect(refused.status).toBe(200);
    expect(refused.reply).toBeNull();
    expect(await peopleOf(stranger)).toHaveLength(0);
  });
});
