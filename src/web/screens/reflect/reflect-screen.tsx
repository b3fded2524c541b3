import { Link } from 'wouter';
import { useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { stageCopy } from '../../content/stages.ts';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { AnswersForm } from './answers-form.tsx';
import { ProblemsSection } from './problems-section.tsx';

/** Stage 1: why did it end? Problems, the wellbeing questions, and the decision. */
export function ReflectScreen() {
  const today = useToday();
  const reflection = useApi('/reflection');
  const problems = useApi('/problems');
  const states = [today.state, reflection.state, problems.state];
  const failed = states.find((s) => s.status === 'error');

  return (
    <SignedInPage>
      <h1>Reflect: why did it end?</h1>
      {stageCopy.reflect.lesson.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {failed?.status === 'error' && (
        <LoadError
          error={failed.error}
          retry={() => {
            today.reload();
            reflection.reload();
            problems.reload();
          }}
        />
      )}
      {!failed && states.some((s) => s.status === 'loading') && (
        <DelayedProgress label="Loading your reflection…" />
      )}
      {today.state.status === 'ready' &&
        reflection.state.status === 'ready' &&
        problems.state.status === 'ready' && (
          <>
            <ProblemsSection
              problems={problems.state.data}
              onChange={() => {
                problems.reload();
                today.reload();
              }}
            />
            <AnswersForm
              scenario={today.state.data.scenario}
              exName={today.state.data.ex.name}
              reflection={reflection.state.data}
              onSaved={today.reload}
            />
            <p>
              <Link href="/today" className="button quiet">
                Back to Today
              </Link>
            </p>
          </>
        )}
    </SignedInPage>
  );
}
