import { useState } from 'react';
import { Link } from 'wouter';
import { request } from '../../api/client.ts';
import { usePlan, useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { formatDay, localToday } from '../../content/format.ts';
import { gateLabel, stageCopy } from '../../content/stages.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { NotOnYourPath } from '../../ui/not-on-your-path.tsx';
import { ScoreSlider } from '../../ui/score-slider.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { WhatAndWhen } from '../../ui/what-and-when.tsx';

/** Stage 7: log light time together; the talk opens after a few over a month. */
export function OutingsScreen() {
  const plan = usePlan();
  const today = useToday();
  const list = useApi('/outings');
  const [on, setOn] = useState(localToday());
  const [what, setWhat, forgetWhat] = useDeviceDraft('outing', '');
  const [feeling, setFeeling] = useState(3);
  const [keptLight, setKeptLight] = useState(true);
  const [pushedNextPlan, setPushedNextPlan] = useState(false);
  const { pending, error, onSubmit } = useSubmit(async () => {
    await request('POST', '/outings', { on, what, feeling, keptLight, pushedNextPlan });
    forgetWhat();
    setWhat('');
    list.reload();
    today.reload();
  });
  const gate = plan?.gates.find((g) => g.id === 'outings');

  if (plan && !plan.contactToolsVisible) return <NotOnYourPath />;
  return (
    <SignedInPage>
      <h1>Reconnect, slowly</h1>
      {stageCopy.reconnect.lesson.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {gate && (
        <p className="notice">
          {gateLabel('outings')}: {gate.missing.join(' ')}
          {gate.opensOn && ` At the earliest on ${formatDay(gate.opensOn, plan?.today)}.`}
        </p>
      )}
      {plan?.stage === 'talk' && (
        <p className="notice">
          {gateLabel('outings')}: done. The talk can open. <Link href="/talk">Prepare for the talk</Link>
        </p>
      )}
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="outing-title">
        <h2 id="outing-title">Log an outing</h2>
        <WhatAndWhen what={what} onWhat={setWhat} on={on} onOn={setOn} />
        <ScoreSlider
          label="How did it feel?"
          min={1}
          max={5}
          value={feeling}
          low="awkward"
          high="lovely"
          onChange={setFeeling}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={keptLight}
            onChange={(e) => setKeptLight(e.currentTarget.checked)}
          />
          I kept it light
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={pushedNextPlan}
            onChange={(e) => setPushedNextPlan(e.currentTarget.checked)}
          />
          I pushed for the next plan
        </label>
        {pushedNextPlan && (
          <p className="hint">Next time, let the next plan come from both of you, in its own time.</p>
        )}
        <FormFooter error={error} pending={pending}>
          Log it
        </FormFooter>
      </form>
      {list.state.status === 'error' && <LoadError error={list.state.error} retry={list.reload} />}
      {list.state.status === 'ready' && list.state.data.length > 0 && (
        <ul className="history">
          {list.state.data.map((o) => (
            <li key={o.id}>
              <strong>{o.what}</strong> · {formatDay(o.on, plan?.today)} · felt {o.feeling} of 5
            </li>
          ))}
        </ul>
      )}
    </SignedInPage>
  );
}
