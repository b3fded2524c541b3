import { useState } from 'react';
import { Link } from 'wouter';
import type { ContactKind } from '../../../core/program/facts.ts';
import type { ApiPath } from '../../../shared/api/routes.ts';
import { request } from '../../api/client.ts';
import { usePlan, useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { formatDay, formatInstant, plural } from '../../content/format.ts';
import { contactOpensSentence } from '../../content/stages.ts';
import { FormError } from '../../ui/form-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { ContactForm } from './contact-form.tsx';
import { ReplyHelper } from './reply-helper.tsx';
import { RulesChecklist } from './rules-checklist.tsx';

const afterLogging: Record<ContactKind, string> = {
  slip: 'That took honesty. What was going on just before you reached out? Noticing it makes the next wave easier to ride out. Your count starts again today, and every day you kept is still yours.',
  necessary:
    'Noted. Keep these brief, friendly and practical, with nothing about the relationship. Your count keeps going.',
  incoming:
    'If you reply, be friendly, calm and brief. No apologising again, no talk about the breakup, and no rush: a short, easy answer is enough.',
};
const kindText: Record<ContactKind, string> = {
  slip: 'You contacted them',
  necessary: 'Necessary contact',
  incoming: 'They contacted you',
};

/** Deletes one entry of the record; its name says which ("Delete this urge"). */
function DeleteButton({ what, onDelete }: { what: string; onDelete(): void }) {
  return (
    <button type="button" className="button small" onClick={onDelete}>
      Delete<span className="sr-only"> this {what}</span>
    </button>
  );
}

/** The no-contact record: counter, rules, logging contact honestly, and the history. */
export function NoContactScreen() {
  const plan = usePlan();
  const today = useToday();
  const contacts = useApi('/contacts');
  const urges = useApi('/urges');
  const [form, setForm] = useState<ContactKind>();
  const [logged, setLogged] = useState<ContactKind>();
  const [error, setError] = useState<string>();

  const onLogged = (kind: ContactKind) => {
    setForm(undefined);
    setLogged(kind);
    contacts.reload();
    today.reload();
  };
  const remove = async (path: ApiPath<'DELETE'>, reload: () => void) => {
    if (!window.confirm('Delete this entry? This cannot be undone.')) return;
    setError(undefined);
    try {
      await request('DELETE', path);
      reload();
      today.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const nc = plan?.noContact;
  // Once the first message is out, or they are reconnecting, no contact has ended: no count, no rules.
  const waiting = plan?.stage === 'first_contact' && plan.firstContact !== null;
  const inTouch = plan?.stage === 'reconnect' || plan?.stage === 'talk' || plan?.stage === 'back_together';

  return (
    <SignedInPage>
      <h1>No contact</h1>
      {plan?.counter?.kind === 'no_contact' && (
        <section className="card counter" aria-label="Your count">
          <p className="counter-number">
            <span className="big">{plan.counter.days}</span> {plan.counter.days === 1 ? 'day' : 'days'} of no
            contact
          </p>
          <p>{plural(plan.counter.totalDays, 'day')} kept since you began.</p>
          {contactOpensSentence(plan) && <p className="opens">{contactOpensSentence(plan)}</p>}
          <p>
            <Link href="/progress">See your progress</Link>
          </p>
        </section>
      )}
      {plan?.counter?.kind === 'healing' && (
        <section className="card counter" aria-label="Your count">
          <p className="counter-number">
            <span className="big">{plan.counter.days}</span> {plan.counter.days === 1 ? 'day' : 'days'}
          </p>
          <p>since your last contact with {plan.ex.name}.</p>
          <p>
            <Link href="/progress">See your progress</Link>
          </p>
        </section>
      )}
      {plan?.firstContact && waiting && (
        <p className="notice">
          You sent your first message, so there is no count now. Give {plan.ex.name} until{' '}
          {formatDay(plan.firstContact.windowEndsOn, plan.today)} to answer, and send nothing more.
        </p>
      )}
      {plan && inTouch && (
        <p className="notice">
          You and {plan.ex.name} are in touch again, so there is no count now. Your record stays here.
        </p>
      )}
      {nc && !waiting && !inTouch && <RulesChecklist limited={nc.limitedContact !== null} />}
      {logged && (
        <p className="notice" role="status">
          {afterLogging[logged]}
        </p>
      )}
      {logged === 'incoming' && plan && <ReplyHelper name={plan.ex.name} />}
      <section aria-labelledby="log-title">
        <h2 id="log-title">Log contact</h2>
        <div className="row-actions">
          {(['slip', 'necessary', 'incoming'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="button small"
              aria-expanded={form === kind}
              onClick={() => setForm(form === kind ? undefined : kind)}
            >
              {kindText[kind]}
            </button>
          ))}
        </div>
        {form && <ContactForm kind={form} onLogged={onLogged} />}
      </section>
      <FormError message={error} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">Your record</h2>
        {contacts.state.status === 'ready' &&
          contacts.state.data.length === 0 &&
          urges.state.status === 'ready' &&
          urges.state.data.length === 0 && (
            <p>Nothing logged yet. When an urge comes, the button at the top is there for you.</p>
          )}
        <ul className="history">
          {contacts.state.status === 'ready' &&
            contacts.state.data.map((c) => (
              <li key={c.id}>
                <strong>{kindText[c.kind]}</strong> · {formatDay(c.on, plan?.today)}
                {c.warmth && ` · ${c.warmth}`}
                {c.note && <p className="problem-text">{c.note}</p>}
                <DeleteButton what="contact" onDelete={() => remove(`/contacts/${c.id}`, contacts.reload)} />
              </li>
            ))}
          {urges.state.status === 'ready' &&
            urges.state.data.map((u) => (
              <li key={u.id}>
                <strong>An urge, {u.intensity} out of 10</strong> · {formatInstant(u.at)}
                {u.draft && (
                  <details>
                    <summary>The draft you kept</summary>
                    <p className="problem-text">{u.draft}</p>
                  </details>
                )}
                <DeleteButton what="urge" onDelete={() => remove(`/urges/${u.id}`, urges.reload)} />
              </li>
            ))}
        </ul>
      </section>
    </SignedInPage>
  );
}
