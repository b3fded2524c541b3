import { describe, expect, it, vi } from 'vitest';
import type { SafetyPlan } from '../../../shared/api/safety-plan.ts';
import { RequestError } from '../../api/client.ts';
import type { LocalCopy, Sections } from './local-copy.ts';
import { emptySections, hasUnsent, mergeCopy } from './merge.ts';
import { type PlanApi, PlanSync, type PlanView } from './plan-sync.ts';

const plan = (sections: Partial<Sections>): Sections => ({ ...emptySections(), ...sections });

describe('mergeCopy', () => {
  it('keeps what this device has not sent, and takes what changed elsewhere', () => {
    const synced = plan({ warningSigns: 'old', reasonsToLive: 'Mia' });
    const local = plan({ warningSigns: 'typed offline', reasonsToLive: 'Mia' });
    const server = plan({ warningSigns: 'old', reasonsToLive: 'Mia and the dog', onMyOwn: 'a walk' });
    expect(mergeCopy(local, synced, server)).toEqual(
      plan({ warningSigns: 'typed offline', reasonsToLive: 'Mia and the dog', onMyOwn: 'a walk' }),
    );
  });

  it('leaves a space still being typed on screen', () => {
    const synced = plan({ onMyOwn: 'a walk' });
    expect(mergeCopy(plan({ onMyOwn: 'a walk ' }), synced, synced).onMyOwn).toBe('a walk ');
    expect(hasUnsent(plan({ onMyOwn: 'a walk ' }), synced)).toBe(false);
  });

  it('with nothing known of the server, anything written here is unsent and kept', () => {
    expect(hasUnsent(plan({ onMyOwn: 'x' }), null)).toBe(true);
    expect(hasUnsent(emptySections(), null)).toBe(false);
    expect(mergeCopy(plan({ onMyOwn: 'x' }), null, plan({ reasonsToLive: 'y' }))).toEqual(
      plan({ onMyOwn: 'x', reasonsToLive: 'y' }),
    );
  });
});

const answer = (sections: Sections): SafetyPlan => {
  const trimmed = { ...sections };
  for (const key of Object.keys(trimmed) as (keyof Sections)[]) trimmed[key] = trimmed[key].trim();
  return { ...trimmed, updatedAt: '2026-03-14T10:00:00.000Z' };
};
const network = () => new RequestError(0, 'network', 'We could not reach Rekindle.');

/** A server holding one plan, which can be cut off. */
function fakeServer(start: Sections = emptySections()) {
  const server = { plan: start, down: false, puts: 0 };
  const api: PlanApi = {
    get: async () => {
      if (server.down) throw network();
      return answer(server.plan);
    },
    put: async (sent) => {
      if (server.down) throw network();
      server.puts++;
      server.plan = { ...sent };
      return answer(sent);
    },
  };
  return { server, api };
}

function fakeStore(copy?: Omit<LocalCopy, 'savedAt'>) {
  const store = { copy: copy && { ...copy, savedAt: '' } };
  return {
    store,
    io: {
      read: () => store.copy,
      write: (c: Omit<LocalCopy, 'savedAt'>) => (store.copy = { ...c, savedAt: '' }),
    },
  };
}

async function settle() {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(1000);
}

/**
 * On fake timers: a PlanSync over a fake server holding `start`, with no device copy yet, started
 * and settled.
 */
async function startedSync(start: Sections) {
  vi.useFakeTimers();
  const { server, api } = fakeServer(start);
  const { store, io } = fakeStore();
  const shown: { view?: PlanView } = {};
  const sync = new PlanSync(api, io, (v) => {
    shown.view = v;
  });
  sync.start();
  await settle();
  return { server, store, sync, shown };
}

describe('PlanSync', () => {
  it('keeps each keystroke on the device, sends the plan after a pause, and says it is saved', async () => {
    const { server, store, sync, shown } = await startedSync(plan({ reasonsToLive: 'Mia' }));
    expect(shown.view).toMatchObject({
      plan: plan({ reasonsToLive: 'Mia' }),
      reach: 'reached',
      save: 'idle',
    });
    expect(store.copy?.plan).toEqual(plan({ reasonsToLive: 'Mia' }));

    sync.edit('onMyOwn', 'a walk');
    expect(store.copy?.plan.onMyOwn).toBe('a walk'); // at once, before any request
    sync.edit('onMyOwn', 'a walk, music');
    await settle();
    expect(server.puts).toBe(1);
    expect(server.plan.onMyOwn).toBe('a walk, music');
    expect(shown.view?.save).toBe('saved');
    expect(store.copy?.synced?.onMyOwn).toBe('a walk, music');
    vi.useRealTimers();
  });

  it('offline, keeps writing on the device and sends it when back online, over changes made elsewhere', async () => {
    const { server, store, sync, shown } = await startedSync(plan({ warningSigns: 'not sleeping' }));

    server.down = true;
    sync.edit('askForHelp', 'Jo 0123');
    await settle();
    expect(shown.view).toMatchObject({ reach: 'offline', save: 'waiting' });
    expect(store.copy?.plan.askForHelp).toBe('Jo 0123');

    // Meanwhile, on another device, another section changed.
    server.plan = { ...server.plan, reasonsToLive: 'my niece' };
    server.down = false;
    sync.reconnect();
    await settle();
    expect(server.plan).toEqual(
      plan({ warningSigns: 'not sleeping', askForHelp: 'Jo 0123', reasonsToLive: 'my niece' }),
    );
    expect(shown.view).toMatchObject({ reach: 'reached', save: 'saved', plan: server.plan });
    vi.useRealTimers();
  });

  it('without a session, shows and keeps the device copy only, and sends nothing', async () => {
    const { io, store } = fakeStore({
      plan: plan({ reasonsToLive: 'Mia' }),
      synced: plan({ reasonsToLive: 'Mia' }),
    });
    let view: PlanView | undefined;
    const sync = new PlanSync(undefined, io, (v) => (view = v));
    sync.start();
    expect(view).toMatchObject({ plan: plan({ reasonsToLive: 'Mia' }), reach: 'offline', save: 'idle' });
    sync.edit('onMyOwn', 'breathe');
    expect(view?.save).toBe('waiting');
    expect(store.copy?.plan.onMyOwn).toBe('breathe');
  });

  it('once closed, an answer still on its way writes nothing', async () => {
    vi.useFakeTimers();
    const { api } = fakeServer();
    const { store, io } = fakeStore();
    const sync = new PlanSync(api, io, () => {});
    sync.start();
    sync.close();
    await settle();
    expect(store.copy).toBeUndefined();
    vi.useRealTimers();
  });
});
