import { useState } from 'react';
import type { Problem, ProblemInput } from '../../../shared/api/program.ts';
import { request } from '../../api/client.ts';
import { FormError } from '../../ui/form-error.tsx';
import { ProblemForm } from './problem-form.tsx';

const whoseText = { mine: 'mostly mine', theirs: 'mostly theirs', both: 'both of us' } as const;

type Props = { problems: Problem[]; onChange(): void };

/** The problems list: add, edit, reorder and delete. */
export function ProblemsSection({ problems, onChange }: Props) {
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      onChange();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const add = async (input: ProblemInput) => {
    await request('POST', '/problems', input);
    onChange();
  };
  const save = (id: string) => async (input: ProblemInput) => {
    await request('PATCH', `/problems/${id}`, input);
    setEditing(undefined);
    onChange();
  };

  return (
    <section className="card" aria-labelledby="problems-title">
      <h2 id="problems-title">What went wrong</h2>
      <p>
        Write each problem of the relationship on its own. At least one is enough to go on; you can add more
        any time.
      </p>
      <FormError message={error} />
      {problems.length > 0 && (
        <ol className="problems">
          {problems.map((problem, index) =>
            editing === problem.id ? (
              <li key={problem.id}>
                <ProblemForm
                  initial={problem}
                  submitLabel="Save changes"
                  onSave={save(problem.id)}
                  onCancel={() => setEditing(undefined)}
                />
              </li>
            ) : (
              <li key={problem.id}>
                <p className="problem-text">{problem.text}</p>
                <p className="hint">
                  Whose part: {whoseText[problem.whosePart]} ·{' '}
                  {problem.fixable ? 'could be fixed or forgiven' : 'may not be fixable'}
                </p>
                <div className="row-actions">
                  <button type="button" className="button small" onClick={() => setEditing(problem.id)}>
                    Edit<span className="sr-only"> problem {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={index === 0}
                    onClick={() =>
                      act(() => request('PATCH', `/problems/${problem.id}`, { position: index - 1 }))
                    }
                  >
                    Move up<span className="sr-only"> problem {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={index === problems.length - 1}
                    onClick={() =>
                      act(() => request('PATCH', `/problems/${problem.id}`, { position: index + 1 }))
                    }
                  >
                    Move down<span className="sr-only"> problem {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      if (window.confirm('Delete this problem? This cannot be undone.')) {
                        act(() => request('DELETE', `/problems/${problem.id}`));
                      }
                    }}
                  >
                    Delete<span className="sr-only"> problem {index + 1}</span>
                  </button>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
      <h3>Add a problem</h3>
      <ProblemForm submitLabel="Add this problem" onSave={add} />
    </section>
  );
}
