import { useEffect, useState } from 'react';
import type { NoContactRules } from '../../../shared/api/no-contact.ts';
import { request } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { FormError } from '../../ui/form-error.tsx';
import './rules-checklist.css';

const labels: Record<keyof NoContactRules, string> = {
  stoppedMessaging: 'I have stopped messaging them',
  mutedSocial: 'I have muted or removed them on social media',
  noCalls: 'No calls',
  noMeetups: 'No meet-ups, and no asking friends about them',
};

/** The no-contact rules (METHOD.md §3), ticked by the person and saved as they tick. */
export function RulesChecklist({ limited }: { limited: boolean }) {
  const saved = useApi('/no-contact/rules');
  const [rules, setRules] = useState<NoContactRules>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (saved.state.status === 'ready') setRules(saved.state.data);
  }, [saved.state]);
  if (!rules) return null;
  const toggle = async (key: keyof NoContactRules) => {
    const next = { ...rules, [key]: !rules[key] };
    setRules(next);
    setError(undefined);
    try {
      await request('PUT', '/no-contact/rules', next);
    } catch (e) {
      setRules(rules);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <fieldset className="card rules">
      <legend>The rules you keep</legend>
      {limited && (
        <p className="hint">
          Contact has to continue for you: keep it brief, friendly and practical, and nothing about the
          relationship.
        </p>
      )}
      {(Object.keys(labels) as (keyof NoContactRules)[]).map((key) => (
        <label key={key} className="check">
          <input type="checkbox" checked={rules[key]} onChange={() => toggle(key)} />
          {labels[key]}
        </label>
      ))}
      <FormError message={error} />
    </fieldset>
  );
}
