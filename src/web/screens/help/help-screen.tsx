import { Link } from 'wouter';
import type { ResourceLine, ResourcesAnswer } from '../../../shared/api/resources.ts';
import { useSession } from '../../api/session.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { Page } from '../../ui/page.tsx';
import { QuickExit } from '../../ui/quick-exit.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useCountry } from './country-choice.ts';
import { CountryPicker } from './country-picker.tsx';
import { SupportLine } from './support-line.tsx';
import { useSupportLines } from './use-support-lines.ts';
import './help-screen.css';

/**
 * Crisis and abuse lines for where the person is, one tap from every screen, signed in or not.
 * The lines come from the server (the operator's file), ordered for the chosen country.
 */
export function HelpScreen() {
  return <Help locked={false} />;
}

/** Help opened while the device lock is on (ui/lock-gate.tsx): framed as signed out, nothing of theirs shown. */
export function LockedHelpScreen() {
  return <Help locked />;
}

function Help({ locked }: { locked: boolean }) {
  const { state } = useSession();
  const signedIn = state.status === 'signed-in' && !locked;
  const Frame = signedIn ? SignedInPage : Page;
  const [country, setCountry] = useCountry();
  const lines = useSupportLines(country);

  return (
    <Frame>
      <h1>Get help</h1>
      <QuickExit />
      <p className="lead">
        Whatever is happening, you do not have to face it alone. The people on these lines are trained to
        listen, and they will not judge you.
      </p>
      <p className="notice danger-now">
        <strong>If you are in danger right now, call your local emergency number</strong>: 999 in the UK, 112
        or 999 in Ireland, 911 in the US and Canada, 000 in Australia, 111 in New Zealand, 112 in most of
        Europe.
      </p>

      {lines.data && (
        <CountryPicker countries={lines.data.countries} country={country} onChange={setCountry} />
      )}
      {lines.loading && <DelayedProgress label="Finding support lines…" />}
      {lines.failed && (
        <div className="notice" role="alert">
          <p>
            {lines.data
              ? 'You seem to be offline: these are the lines saved on this device when you last looked. '
              : 'We could not load the support lines just now. '}
            You can find a free line where you are at{' '}
            <a href="https://findahelpline.com" rel="noreferrer noopener" target="_blank">
              Find A Helpline
            </a>
            .
          </p>
          <button type="button" className="button quiet" onClick={lines.retry}>
            Try again
          </button>
        </div>
      )}
      {lines.data && (
        <div aria-busy={lines.loading}>
          <LineGroup answer={lines.data} kind="crisis" />
          <LineGroup answer={lines.data} kind="abuse" />
        </div>
      )}

      <section className="help-notes" aria-labelledby="help-notes">
        <h2 id="help-notes">Good to know</h2>
        {signedIn && (
          <p>
            <Link href="/safety-plan">Your safety plan</Link> keeps the steps and people you chose for a hard
            moment.
          </p>
        )}
        <p>
          Rekindle reads English when it looks for signs that you may be unsafe in what you write. If you
          write in another language it may miss them, so please reach out to a line here yourself.
        </p>
        <p>
          Quick exit (or the Esc key) swaps this page for a weather page and signs you out. Pages you opened
          before may still be in your browser's history, though they will show nothing of yours: if someone
          may look at this device, a private window leaves less behind.
        </p>
      </section>
    </Frame>
  );
}

/** One group (crisis or abuse): the lines for where the person is and the directories, then the rest folded away. */
function LineGroup({ answer, kind }: { answer: ResourcesAnswer; kind: 'crisis' | 'abuse' }) {
  const group = answer[kind];
  const near = (line: ResourceLine) =>
    !line.countries || (answer.country !== null && line.countries.includes(answer.country));
  const here = group.items.filter(near);
  const elsewhere = group.items.filter((line) => !near(line));
  const id = `help-${kind}`;
  return (
    <section className="help-group" aria-labelledby={id}>
      <h2 id={id}>{group.title}</h2>
      <p>{group.intro}</p>
      <ul className="help-lines">
        {here.map((line) => (
          <SupportLine key={line.name} line={line} />
        ))}
      </ul>
      {elsewhere.length > 0 && (
        <details className="help-elsewhere">
          <summary>{answer.country ? 'Lines in other countries' : 'Lines in particular countries'}</summary>
          <ul className="help-lines">
            {elsewhere.map((line) => (
              <SupportLine key={line.name} line={line} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
