import { useState } from 'react';
import type { Channel, ContactKind, Warmth } from '../../../core/program/facts.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import { request } from '../../api/client.ts';
import { localToday } from '../../content/format.ts';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { PastDayField, TextField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

const channelOptions: ChoiceOption<Channel>[] = [
  { value: 'text', label: 'A message' },
  { value: 'call', label: 'A call' },
  { value: 'in_person', label: 'In person' },
  { value: 'social', label: 'Social media' },
];
const warmthOptions: ChoiceOption<Warmth>[] = [
  { value: 'warm', label: 'Warm', hint: 'Friendly, open, interested in you.' },
  { value: 'neutral', label: 'Neutral', hint: 'Polite, practical.' },
  { value: 'cold', label: 'Cold', hint: 'Short, distant or unkind.' },
];

const titles: Record<ContactKind, string> = {
  slip: 'I contacted them',
  necessary: 'Necessary contact',
  incoming: 'They contacted me',
};

/** Log one contact honestly: a slip, necessary contact, or contact from them. */
export function ContactForm({ kind, onLogged }: { kind: ContactKind; onLogged(kind: ContactKind): void }) {
  const [on, setOn] = useState(localToday());
  const [channel, setChannel] = useState<Channel>();
  const [warmth, setWarmth] = useState<Warmth>();
  const [note, setNote] = useState('');
  const { pending, error, onSubmit } = useSubmit(async () => {
    if (!channel) throw new Error('Choose how you were in touch.');
    await request('POST', '/contacts', {
      kind,
      on,
      channel,
      note,
      ...(kind === 'incoming' ? { warmth } : {}),
    });
    onLogged(kind);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-label={titles[kind]}>
      <h2>{titles[kind]}</h2>
      {kind === 'slip' && (
        <p className="hint">Logging it honestly is what matters. The days you kept stay kept.</p>
      )}
      {kind === 'necessary' && (
        <p className="hint">
          Children, a lease, belongings: contact that has to happen does not restart your count.
        </p>
      )}
      <PastDayField label="When" value={on} onChange={setOn} />
      <ChoiceGroup legend="How?" options={channelOptions} value={channel} onChange={setChannel} />
      {kind === 'incoming' && (
        <ChoiceGroup
          legend="How warm were they?"
          options={warmthOptions}
          value={warmth}
          onChange={setWarmth}
        />
      )}
      <TextField
        label={kind === 'incoming' ? 'What did they say? (optional)' : 'What happened? (optional)'}
        maxLength={textLimits.note}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <FormFooter error={error} pending={pending}>
        Log it
      </FormFooter>
    </form>
  );
}
