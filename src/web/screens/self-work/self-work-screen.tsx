import { useState } from 'react';
import { Link } from 'wouter';
import type { ActivityCategory } from '../../../core/program/facts.ts';
import { activityWeeks, suggestionsFor, summarizeWeeks, weeklyGoal } from '../../../core/self-work/weeks.ts';
import { request } from '../../api/client.ts';
import { usePlan, useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { formatDay, localToday } from '../../content/format.ts';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { WhatAndWhen } from '../../ui/what-and-when.tsx';
import './self-work-screen.css';

export const categoryOptions: ChoiceOption<ActivityCategory>[] = [
  { value: 'move', label: 'Move', hint: 'Exercise, a walk, dancing' },
  { value: 'look', label: 'Look', hint: 'Hair, clothes, making an effort' },
  { value: 'care', label: 'Care', hint: 'Rest, good food, treating yourself' },
  { value: 'talk', label: 'Talk', hint: 'A friend, family, or a professional' },
  { value: 'grow', label: 'Grow', hint: 'A book, a course, a new skill' },
  { value: 'social', label: 'Social', hint: 'Going out, friends, new people' },
];

/** Stage 4: work on yourself. Log a thing in a few taps, see the last 8 weeks, get gentle ideas. */
export function SelfWorkScreen() {
  const plan = usePlan();
  const today = useToday();
  const list = useApi('/activities');
  const [category, setCategory] = useState<ActivityCategory>();
  const [what, setWhat] = useState('');
  const [on, setOn] = useState(localToday());
  const [logged, setLogged] = useState(false);
  const { pending, error, onSubmit } = useSubmit(async () => {
    if (!category) throw new Error('Choose what kind of thing it was.');
    await request('POST', '/activities', { category, what, on });
    setWhat('');
    setLogged(true);
    list.reload();
    today.reload();
  });
  const todayDay = plan?.today ?? localToday();
  const weeks = activityWeeks(list.state.status === 'ready' ? list.state.data : [], todayDay);
  const max = Math.max(weeklyGoal, ...weeks.map((w) => w.total));

  return (
    <SignedInPage>
      <h1>Work on yourself</h1>
      <p className="lead">Not to win anyone back: for you. The same things help whatever happens next.</p>
      <p>
        <Link href="/journal">Write in your journal</Link>: putting it into words helps it settle.
      </p>
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="log-activity">
        <h2 id="log-activity">Log something you did</h2>
        <ChoiceGroup
          legend="What kind of thing?"
          options={categoryOptions}
          value={category}
          onChange={setCategory}
        />
        <WhatAndWhen what={what} onWhat={setWhat} on={on} onOn={setOn} />
        <FormFooter error={error} pending={pending} done={logged ? 'Logged. Well done.' : ''}>
          Log it
        </FormFooter>
      </form>

      <section className="card" aria-labelledby="weeks-title">
        <h2 id="weeks-title">The last 8 weeks</h2>
        <p id="weeks-summary">{summarizeWeeks(weeks)}</p>
        <ol className="bars" aria-describedby="weeks-summary">
          {weeks.map((w) => (
            <li key={w.start} title={`Week from ${formatDay(w.start, todayDay)}: ${w.total}`}>
              <span className="bar" style={{ height: `${(w.total / max) * 100}%` }} aria-hidden="true" />
              <span className="sr-only">
                Week from {formatDay(w.start, todayDay)}: {w.total}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="ideas-title">
        <h2 id="ideas-title">Ideas for this week</h2>
        <ul>
          {suggestionsFor(todayDay).map((s) => (
            <li key={s.text}>{s.text}</li>
          ))}
        </ul>
      </section>

      <section className="lesson" aria-labelledby="private-title">
        <h2 id="private-title">Keep it for yourself</h2>
        <p>
          Do this for you, not for an audience. Posting your new life for their benefit keeps you tied to
          their reaction.
        </p>
        <p>
          And no "accidental" run-ins: turning up where they will be reads as being followed, and it undoes
          the space you are giving.
        </p>
      </section>

      {list.state.status === 'error' && <LoadError error={list.state.error} retry={list.reload} />}
      {list.state.status === 'ready' && list.state.data.length > 0 && (
        <section aria-labelledby="done-title">
          <h2 id="done-title">What you have done</h2>
          <ul className="history">
            {list.state.data.slice(0, 20).map((a) => (
              <li key={a.id}>
                <strong>{a.what}</strong> · {categoryOptions.find((c) => c.value === a.category)?.label} ·{' '}
                {formatDay(a.on, todayDay)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </SignedInPage>
  );
}
