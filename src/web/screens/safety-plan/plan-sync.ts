import type { SafetyPlan, SafetyPlanSection } from '../../../shared/api/safety-plan.ts';
import { RequestError } from '../../api/client.ts';
import type { LocalCopy, Sections } from './local-copy.ts';
import { emptySections, hasUnsent, mergeCopy, sectionsOf } from './merge.ts';

/** The two calls the plan makes; a network failure is a RequestError with code 'network'. */
export type PlanApi = { get(): Promise<SafetyPlan>; put(plan: Sections): Promise<SafetyPlan> };
/** This account's copy on the device. */
export type CopyStore = { read(): LocalCopy | undefined; write(copy: Omit<LocalCopy, 'savedAt'>): void };

export type SaveState = 'idle' | 'saving' | 'saved' | 'waiting' | { error: string };
export type PlanView = {
  /** What is on screen; undefined until the server or the device has given a plan. */
  plan: Sections | undefined;
  /** Whether the server was reached: 'offline' shows the device's copy with a note. */
  reach: 'checking' | 'reached' | 'offline' | { error: string };
  save: SaveState;
};

const offline = (error: unknown) => error instanceof RequestError && error.code === 'network';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps a plan on screen, on the device and on the server in step. Every keystroke is on the
 * device at once; the server gets the whole plan a moment after typing stops. One request at a
 * time: a read merges this device's unsent writing over the server's plan (mergeCopy), then sends
 * it. Offline, writing waits on the device until `reconnect()`.
 */
export class PlanSync {
  private plan: Sections | undefined;
  private synced: Sections | null = null;
  private view: PlanView;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private readWanted = false;
  private sendWanted = false;
  private closed = false;

  constructor(
    /** Undefined when the session could not be checked: the device's copy only. */
    private readonly api: PlanApi | undefined,
    private readonly store: CopyStore,
    private readonly show: (view: PlanView) => void,
    private readonly delayMs = 800,
  ) {
    this.view = { plan: undefined, reach: api ? 'checking' : 'offline', save: 'idle' };
  }

  start(): void {
    const copy = this.store.read();
    if (copy) {
      this.plan = copy.plan;
      this.synced = copy.synced;
    }
    this.publish({ plan: this.plan, save: copy && hasUnsent(copy.plan, copy.synced) ? 'waiting' : 'idle' });
    this.reconnect();
  }

  /** The person typed: kept on the device now, sent once they pause. */
  edit(section: SafetyPlanSection, text: string): void {
    if (this.closed) return;
    this.plan = { ...(this.plan ?? emptySections()), [section]: text };
    this.keep();
    this.publish({ plan: this.plan });
    if (!this.api) {
      this.publish({ save: 'waiting' });
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendWanted = true;
      void this.pump();
    }, this.delayMs);
  }

  /** Reads the server's plan again and sends what waited (back online, or "try again"). */
  reconnect(): void {
    if (!this.api || this.closed) return;
    this.readWanted = true;
    void this.pump();
  }

  /** Sends what is waiting now instead of after the pause (leaving the page). */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sendWanted = true;
    void this.pump();
  }

  /** No more updates or writes; a request on its way finishes unseen. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private async pump(): Promise<void> {
    if (this.busy || !this.api) return;
    this.busy = true;
    try {
      while (!this.closed && (this.readWanted || this.sendWanted)) {
        if (this.readWanted) await this.read(this.api);
        else await this.send(this.api);
      }
    } finally {
      this.busy = false;
    }
  }

  private async read(api: PlanApi): Promise<void> {
    this.readWanted = false;
    let answer: SafetyPlan;
    try {
      answer = await api.get();
    } catch (error) {
      if (this.closed) return;
      this.stop();
      this.publish({ reach: offline(error) ? 'offline' : { error: messageOf(error) } });
      return;
    }
    if (this.closed) return;
    const server = sectionsOf(answer);
    // Merged with what is on screen now, including anything typed while the answer travelled.
    this.plan = this.plan ? mergeCopy(this.plan, this.synced, server) : server;
    this.synced = server;
    this.keep();
    const unsent = hasUnsent(this.plan, server);
    if (unsent) this.sendWanted = true;
    this.publish({
      plan: this.plan,
      reach: 'reached',
      save: unsent || this.view.save === 'idle' ? this.view.save : 'saved',
    });
  }

  private async send(api: PlanApi): Promise<void> {
    this.sendWanted = false;
    const plan = this.plan;
    if (!plan || !hasUnsent(plan, this.synced)) {
      if (this.view.save !== 'idle') this.publish({ save: 'saved' });
      return;
    }
    this.publish({ save: 'saving' });
    let answer: SafetyPlan;
    try {
      answer = await api.put(plan);
    } catch (error) {
      if (this.closed) return;
      this.stop();
      // Back online, reconnect() reads first (it may have changed elsewhere meanwhile), then sends.
      if (offline(error)) this.publish({ reach: 'offline', save: 'waiting' });
      else {
        this.publish({ save: { error: `${messageOf(error)} What you wrote is kept on this device.` } });
      }
      return;
    }
    if (this.closed) return;
    this.synced = sectionsOf(answer);
    this.keep();
    // Typed while it was sent: the next send is on its way (the pause timer), so still saving.
    const more = this.plan !== undefined && hasUnsent(this.plan, this.synced);
    this.publish({ reach: 'reached', save: more ? 'saving' : 'saved' });
  }

  /** A failed request ends the round; what waits is asked for again on reconnect or the next edit. */
  private stop(): void {
    this.readWanted = false;
    this.sendWanted = false;
  }

  private keep(): void {
    if (this.plan && !this.closed) this.store.write({ plan: this.plan, synced: this.synced });
  }

  private publish(change: Partial<PlanView>): void {
    this.view = { ...this.view, ...change };
    if (!this.closed) this.show(this.view);
  }
}
