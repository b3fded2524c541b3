import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirPermissionError, secureDataDir } from './data-dir-permissions.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-perm-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe.runIf(typeof process.getuid === 'function')('secureDataDir', () => {
  it('creates a missing folder 0700', () => {
    const dir = path.join(tempDir(), 'data');
    expect(secureDataDir(dir)).toBe(0);
    expect(mode(dir)).toBe(0o700);
  });

  it('takes group and world bits off the folder and everything in it', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'pg', 'base'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pg', 'base', '1234'), 'journal text');
    fs.writeFileSync(path.join(dir, 'pg', 'PG_VERSION'), '17');
    for (const p of ['', 'pg', 'pg/base']) fs.chmodSync(path.join(dir, p), 0o777);
    for (const p of ['pg/base/1234', 'pg/PG_VERSION']) fs.chmodSync(path.join(dir, p), 0o666);
    expect(secureDataDir(dir)).toBe(5);
    expect([dir, `${dir}/pg`, `${dir}/pg/base`].map(mode)).toEqual([0o700, 0o700, 0o700]);
    expect([`${dir}/pg/base/1234`, `${dir}/pg/PG_VERSION`].map(mode)).toEqual([0o600, 0o600]);
    expect(secureDataDir(dir)).toBe(0);
  });

  it.runIf(process.getuid?.() === 0)(
    'refuses a database with files of another user, saying what to do',
    () => {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, 'pg'));
      fs.writeFileSync(path.join(dir, 'pg', 'theirs'), '');
      fs.chownSync(path.join(dir, 'pg', 'theirs'), 4321, 4321);
      expect(() => secureDataDir(dir)).toThrow(DataDirPermissionError);
      expect(() => secureDataDir(dir)).toThrow(/belongs to another user \(uid 4321\).*chown -R 0/);
    },
  );

  it('leaves what an operator keeps beside the database alone (lost+found at a volume root)', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'lost+found'), { mode: 0o755 });
    fs.chmodSync(path.join(dir, 'lost+found'), 0o755);
    fs.mkdirSync(path.join(dir, 'pg'));
    secureDataDir(dir);
    expect(mode(path.join(dir, 'lost+found'))).toBe(0o755);
    expect(mode(path.join(dir, 'pg'))).toBe(0o700);
  });
});
