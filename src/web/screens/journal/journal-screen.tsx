import { useEffect, useState } from 'react';
import { textLimits } from '../../../shared/api/limits.ts';
import { enqueue, sendNow, waitingFor } from '../../api/outbox.ts';
import { useSession } from '../../api/session.tsx';
import { useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { formatInstant } from '../../content/format.ts';
import { FormError } from '../../ui/form-error.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { PinnedCare } from '../../ui/pinned-care.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { LiveSafety } from '../reflect/live-safety.tsx';

/** Prompts in our own words; one a day, in turn. */
const prompts = [
  'What was the hardest moment today, and what helped, even a little?',
  'Name one thing you did today just for yourself.',
  'What do you miss, and what do you not miss at all?',
  'What would you say to a friend going through exactly this?',
  'What is one thing you are looking forward to, however small?',
  'When did you feel most like yourself this week?',
  'What have you learned about what you need in a relationship?',
];
const promptOfToday = () => prompts[Math.floor(Date.now() / 86_400_000) % prompts.length]!;

/** A journal entry as it was queued on this device (api/outbox.ts). */
type Waiting = { text: string; prompt?: string; at: string };

/** A private journal with a daily prompt, searchable; every word passes the safety screen as it is typed. */
export function JournalScreen() {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const entries = useApi(search ? `/journal?q=${encodeURIComponent(search)}` : '/journal');
  const [text, setText, forgetText] = useDeviceDraft('journal', '');
  const prompt = promptOfToday();
  const today = useToday();
  const { state: session } = useSession();
  const userId = session.status === 'signed-in' ? session.user.id : undefined;
  // Entries saved here without a network wait in the device's outbox (api/outbox.ts) until sent.
  const [, setSends] = useState(0);
  const notSent = userId
    ? waitingFor(userId, '/journal').map((q) => ({ key: q.key, ...(q.body as Waiting) }))
    : [];
  useEffect(() => {
    const sent = () => {
      setSends((n) => n + 1);
      entries.reload();
    };
    window.addEventListener('rekindle:outbox-sent', sent);
    return () => window.removeEventListener('rekindle:outbox-sent', sent);
  }, [entries.reload]);
  const save = useSubmit(async () => {
    if (!text.trim()) throw new Error('Write something first; a sentence is enough.');
    if (!userId) throw new Error('Please sign in again to save this entry.');
    // Sent through the outbox: with no network it waits on this device, then is sent by itself.
    // Refused (a 4xx), it is thrown here and the text stays in the box.
    const { item, kept } = enqueue(userId, '/journal', { text, prompt, at: new Date().toISOString() });
    const sent = await sendNow(userId, item, kept);
    // The server or the outbox has it now: the draft is no longer needed.
    forgetText();
    setText('');
    setSends((n) => n + 1);
    if (sent.status === 'waiting') {
      window.dispatchEvent(new Event('rekindle:outbox-queued'));
      return;
    }
    entries.reload();
    // What was written may have been screened as a safety signal: Today's state says so.
    today.reload();
  });

  return (
    <SignedInPage>
      <h1>Your journal</h1>
      <p className="lead">Writing it down helps you heal. Only you can read this.</p>
      <PinnedCare />
      <form className="card" onSubmit={save.onSubmit} noValidate aria-labelledby="journal-new">
        <h2 id="journal-new">Today's prompt</h2>
        <TextArea
          label={prompt}
          rows={6}
          maxLength={textLimits.journalEntry}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <LiveSafety texts={[text]} pinnedHere />
        <FormError message={save.error} />
        {notSent.length > 0 && (
          <p className="notice" role="status">
            {notSent.length === 1 ? 'One entry is' : `${notSent.length} entries are`} saved on this device. It
            will be sent by itself when you are back online.
          </p>
        )}
        <SubmitButton pending={save.pending} busyLabel="Saving…">
          Save entry
        </SubmitButton>
      </form>
      <form
        aria-label="Search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(query.trim());
        }}
      >
        <TextField
          label="Search your journal"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      {entries.state.status === 'error' && <LoadError error={entries.state.error} retry={entries.reload} />}
      {entries.state.status === 'ready' && (
        <ul className="history" aria-label="Journal entries">
          {!search &&
            notSent.map((e) => (
              <li key={e.key}>
                <strong>{formatInstant(e.at)}</strong>
                <p className="hint">Saved on this device, not sent yet</p>
                {e.prompt && <p className="hint">{e.prompt}</p>}
                <p className="problem-text">{e.text}</p>
              </li>
            ))}
          {entries.state.data.length === 0 && (search || notSent.length === 0) && (
            <li>{search ? `Nothing found for "${search}".` : 'No entries yet.'}</li>
          )}
          {entries.state.data.map((e) => (
            <li key={e.id}>
              <strong>{formatInstant(e.at)}</strong>
              {e.prompt && <p className="hint">{e.prompt}</p>}
              <p className="problem-text">{e.text}</p>
            </li>
          ))}
        </ul>
      )}
    </SignedInPage>
  );
}
