import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

describe('POST /api/check', () => {
  it('reads a draft for a signed-in person, with findings pointing at the words', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail());
    const text = 'please come back, answer me';
    const res = await client.post('/api/check', { text, kind: 'first_text' });
    expect(res.status).toBe(200);
    const body = res.json as { verdict: string; needy: boolean; findings: { start: number; end: number }[] };
    expect(body).toMatchObject({
      verdict: 'rewrite',
      needy: true,
      safety: { selfHarm: false, abuse: false },
    });
    expect(body.findings.map((f) => text.slice(f.start, f.end))).toEqual(
      expect.arrayContaining(['please come back', 'answer me']),
    );
  });

  it('reads a logistics message as one when the kind says only reply', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail());
    const res = await client.post('/api/check', {
      text: 'Can you drop the kids at school at 8:15 on Monday?',
      kind: 'reply',
    });
    expect(res.json).toMatchObject({ verdict: 'ok', needy: false, readAs: 'logistics' });
    const told = await client.post('/api/check', {
      text: 'I need some space. Please stop texting me.',
      kind: 'boundary',
    });
    expect(told.json).toMatchObject({ verdict: 'ok', readAs: 'boundary' });
  });

  it('validates its input and needs a session', async () => {
    expect((await new Client(server.url).post('/api/check', { text: 'hi' })).status).toBe(401);
    const client = new Client(server.url);
    await client.signup(uniqueEmail());
    const long = await client.post('/api/check', { text: 'a'.repeat(20_001) });
    expect(long.json).toEqual({
      error: {
        code: 'invalid_input',
        message: 'That text is longer than 20,000 characters; check it in parts.',
      },
    });
    const time = await client.post('/api/check', { text: 'hi', localTime: '25:00' });
    expect(time.json).toEqual({
      error: { code: 'invalid_input', message: 'localTime is the local time as HH:MM, like 23:40.' },
    });
  });
});

describe('rekindle check-message', () => {
  const bin = path.resolve(import.meta.dirname, '../../bin/rekindle.mjs');
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [bin, 'check-message', ...args], { input, encoding: 'utf8' });

  it('prints a readable report for stdin text', () => {
    const out = run(['--kind', 'first_text'], 'I need you so much');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Verdict: rewrite');
    expect(out.stdout).toContain('need "I need you"');
  });

  it('answers JSON Lines in order, one result or error per line', () => {
    const input = [
      '{"text":"Congrats on the new job, you deserve it!","kind":"first_text"}',
      '{"text":"miss u","localTime":"02:10"}',
      'not json',
    ].join('\n');
    const out = run(['--jsonl'], input);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ verdict: 'ok', needy: false });
    expect(lines[1]).toMatchObject({ verdict: 'wait' });
    expect(lines[2]).toEqual({
      error: { line: 3, message: 'Each line must be a JSON object with a "text".' },
    });
    expect(out.status).toBe(1);
  });
});
