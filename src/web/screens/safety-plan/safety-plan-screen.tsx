import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { safetyPlanSections } from '../../../shared/api/safety-plan-limits.ts';
import { useSession } from '../../api/session.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { Page } from '../../ui/page.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { CallList } from './call-list.tsx';
import { lastCopyOwner } from './local-copy.ts';
import { emptySections } from './merge.ts';
import { PlanPrint } from './plan-print.tsx';
import { PlanSection } from './plan-section.tsx';
import type { PlanView, SaveState } from './plan-sync.ts';
import { sectionCopy } from './sections.ts';
import { usePlanSync } from './use-plan-sync.ts';
import './safety-plan-screen.css';

function describeSave(save: SaveState, offline: boolean): string {
  if (save === 'idle')
    return offline ? 'What you write is kept on this device.' : 'Your plan saves as you type.';
  if (save === 'saving') return 'Saving…';
  if (save === 'saved') return 'Saved.';
  if (save === 'waiting') return 'Saved on this device. It will be sent when you are back online.';
  return `Not saved: ${save.error}`;
}

/**
 * A safety plan in the person's own words (Stanley–Brown structure): seven short sections,
 * saved as they type, printable, and readable without a network once opened on this device.
 * When Rekindle cannot be reached at all, the app opens this screen from the device's copy.
 */
export function SafetyPlanScreen() {
  const { state, retry } = useSession();
  const signedIn = state.status === 'signed-in';
  // Without a session, the plan is the copy of whoever was signed in here last (read once).
  const [deviceOwner] = useState(lastCopyOwner);
  const userId = signedIn ? state.user.id : deviceOwner;
  const { view, edit, retry: reconnect } = usePlanSync(userId, signedIn);

  // Without a session check, coming back online checks it again: the app then opens the plan as usual.
  useEffect(() => {
    if (signedIn) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [signedIn, retry]);

  const content = (
    <div className="safety-plan">
      <div className="no-print">
        <h1>My safety plan</h1>
        <p className="lead">
          A plan for hard moments, in your own words. Fill in what you can, leave the rest for now, and come
          back any time. It saves as you type, and only you can read it.
        </p>
        <p className="notice safety">
          If you are in danger now, call your local emergency number. <Link href="/help">Get help now</Link>
        </p>
        <Reach view={view} retry={reconnect} />
      </div>
      {view.plan ? <Plan view={view} edit={edit} /> : <Missing view={view} />}
    </div>
  );
  return signedIn ? <SignedInPage>{content}</SignedInPage> : <DevicePage retry={retry}>{content}</DevicePage>;
}

/** The frame when the session could not be checked: no menu (its pages need the network). */
function DevicePage({ children, retry }: { children: ReactNode; retry(): void }) {
  return (
    <Page
      header={
        <button type="button" className="button quiet" onClick={retry}>
          Reconnect
        </button>
      }
    >
      {children}
    </Page>
  );
}

function Reach({ view, retry }: { view: PlanView; retry(): void }) {
  if (view.reach === 'offline' && view.plan) {
    return (
      <p className="notice" role="status">
        You are offline: this is the copy saved on this device. What you change here is kept, and sent when
        you are back online.
      </p>
    );
  }
  if (typeof view.reach === 'object') {
    return (
      <div className="notice" role="alert">
        <p>
          {view.reach.error}
          {view.plan && ' This is the copy saved on this device.'}
        </p>
        <button type="button" className="button quiet" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return null;
}

function Missing({ view }: { view: PlanView }) {
  if (view.reach === 'checking') return <DelayedProgress label="Opening your plan…" />;
  if (view.reach !== 'offline') return null;
  return (
    <p className="notice" role="status">
      You are offline, and your safety plan has not been opened on this device yet, so there is no copy here.
      Once you open it with a connection, it will be here offline too.
    </p>
  );
}

function Plan({ view, edit }: { view: PlanView; edit: ReturnType<typeof usePlanSync>['edit'] }) {
  const plan = view.plan ?? emptySections();
  return (
    <>
      <div className="no-print">
        {safetyPlanSections.map((section, i) => (
          <PlanSection
            key={section}
            step={i + 1}
            {...sectionCopy[section]}
            extra={
              section === 'professionals' && (
                <p className="hint">
                  <Link href="/help">Crisis lines in your country</Link>
                </p>
              )
            }
            below={
              (section === 'askForHelp' || section === 'professionals') && <CallList text={plan[section]} />
            }
            value={plan[section]}
            onChange={(text) => edit(section, text)}
          />
        ))}
        <div className="plan-bar">
          <p className="saved" role="status">
            {describeSave(view.save, view.reach === 'offline')}
          </p>
          <button type="button" className="button quiet" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <PlanPrint plan={plan} />
    </>
  );
}
