import { useState } from 'react';
import { Link } from 'wouter';
import type { Channel, ReplyOutcome } from '../../../core/program/facts.ts';
import { canRecordOutcome } from '../../../core/program/reply.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import { request } from '../../api/client.ts';
import { usePlan, useToday } from '../../api/today.tsx';
import { formatDay, localTimeNow } from '../../content/format.ts';
import { stageCopy, waitLongerSentence } from '../../content/stages.ts';
import { CheckerReading } from '../../ui/checker-reading.tsx';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { CopyButton } from '../../ui/copy-button.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { LiveSafety } from '../reflect/live-safety.tsx';
import { CloserReading } from './closer-reading.tsx';

const channelOptions: ChoiceOption<Channel>[] = [
  { value: 'text', label: 'A message' },
  { value: 'call', label: 'A call' },
  { value: 'social', label: 'A social media message' },
  { value: 'in_person', label: 'In person' },
];
const outcomeOptions: ChoiceOption<ReplyOutcome>[] = [
  { value: 'warm', label: 'Warm', hint: 'Friendly, interested, open to talking.' },
  { value: 'lukewarm', label: 'Lukewarm', hint: 'Polite, short, but not closed.' },
  { value: 'cold', label: 'Cold', hint: 'Distant, or asked for no contact.' },
  { value: 'no_reply', label: 'No reply', hint: 'Nothing came back.' },
];
const examples = (name: string) => [
  `Hey ${name}, I hope you are doing well. How has work been lately?`,
  `Hi ${name}! I walked past that little café today and thought of our mini-golf disaster. How are you?`,
  `Hey, it has been a while. I hope things are good with you. Would you be up for a coffee sometime, as friends?`,
];

/** Stage 6: one short, friendly message, sent by the person; then their answer, in their own time. */
export function FirstContactScreen() {
  const plan = usePlan();
  const today = useToday();
  const [text, setText, forgetText] = useDeviceDraft('first-contact', '');
  const [channel, setChannel] = useState<Channel>();
  const [outcome, setOutcome] = useState<ReplyOutcome>();
  const name = plan?.ex.name ?? 'them';
  const send = useSubmit(async () => {
    if (!text.trim()) throw new Error('Write the message you sent, so you can look back on it.');
    if (!channel) throw new Error('Choose how you sent it.');
    await request('POST', '/first-contact', { text, channel, sentAt: new Date().toISOString() });
    forgetText();
    today.reload();
  });
  const record = useSubmit(async () => {
    if (!outcome) throw new Error('Choose how they responded.');
    await request('PATCH', '/first-contact', { outcome });
    today.reload();
  });
  const sent = plan?.firstContact;
  // "No reply" is offered once the reply window has passed (core's rule, the server's too).
  const outcomes = plan ? outcomeOptions.filter((o) => canRecordOutcome(plan, o.value)) : outcomeOptions;
  const waitLonger = plan && !sent ? waitLongerSentence(plan) : null;

  return (
    <SignedInPage>
      <h1>First contact</h1>
      {stageCopy.first_contact.lesson.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {plan && plan.stage !== 'first_contact' && !sent && (
        <p className="notice">
          This step opens when your plan says so. <Link href="/today">See what is still to come</Link>.
        </p>
      )}
      {plan?.stage === 'first_contact' && !sent && (
        <form className="card" onSubmit={send.onSubmit} noValidate aria-labelledby="compose-title">
          <h2 id="compose-title">Write it here first</h2>
          {waitLonger && <p className="notice">{waitLonger}</p>}
          <p className="hint">
            A couple of short sentences. Ask how they are; at most, suggest something light, as friends.
          </p>
          <TextArea
            label={`Your message to ${name}`}
            rows={4}
            maxLength={textLimits.message}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <CopyButton text={text} />
          <LiveSafety texts={[text]} />
          <CheckerReading text={text} kind="first_text" localTime={localTimeNow()} />
          <CloserReading text={text} localTime={localTimeNow()} />
          <details>
            <summary>Examples of a calm first message</summary>
            <ul>
              {examples(name).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </details>
          <ChoiceGroup
            legend="How will you send it?"
            options={channelOptions}
            value={channel}
            onChange={setChannel}
          />
          <p>Rekindle does not send anything. Send it yourself, then come back and mark it sent.</p>
          <FormFooter error={send.error} pending={send.pending}>
            I sent it
          </FormFooter>
        </form>
      )}
      {sent && !sent.outcome && (
        <form className="card" onSubmit={record.onSubmit} noValidate aria-labelledby="reply-title">
          <h2 id="reply-title">How did {name} respond?</h2>
          <p>
            You sent it on {formatDay(sent.sentOn, plan.today)}. Give {name} until{' '}
            {formatDay(sent.windowEndsOn, plan.today)} to answer, and do not send a second message.
          </p>
          <ChoiceGroup legend="Their response" options={outcomes} value={outcome} onChange={setOutcome} />
          {outcomes.length < outcomeOptions.length && (
            <p className="hint">
              No answer yet? That is normal. If nothing comes back by{' '}
              {formatDay(sent.windowEndsOn, plan.today)}, you can record "no reply" then.
            </p>
          )}
          <FormFooter error={record.error} pending={record.pending}>
            Save
          </FormFooter>
        </form>
      )}
      {sent?.outcome && (
        <p className="notice" role="status">
          {sent.outcome === 'warm' || sent.outcome === 'lukewarm'
            ? `${name} answered. Next: slow, light time together.`
            : 'No warm answer came. That is an answer too, and Rekindle will not suggest another message. Your healing comes first now.'}{' '}
          <Link href="/today">Back to Today</Link>
        </p>
      )}
    </SignedInPage>
  );
}
