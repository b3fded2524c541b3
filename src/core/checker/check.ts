import { screenNormalized } from '../safety/screen.ts';
import { normalizeText } from '../text/normalize.ts';
import { type FamilyId, familyById } from './families-en.ts';
import { type MessageKind, readFeatures, spansOf } from './features.ts';
import { needProbability, weighing } from './model.ts';
import { checkerModelEn } from './model-en.ts';
import { wordReading } from './word-model.ts';

export type { MessageKind } from './features.ts';

export type CheckContext = {
  kind?: MessageKind;
  /** Local wall-clock time `HH:MM` where the person is; 23:00–06:00 suggests waiting. */
  localTime?: string;
  /** Messages already sent and not answered: a second one now would be a double text. */
  unansweredSent?: number;
  exName?: string;
  /**
   * Run the safety screen too (default). A caller that screens the same text itself (the
   * composer's live care) passes false: the screen costs more than the reading.
   */
  screen?: boolean;
  /**
   * Decide with the word model where it is there: on the server and in the CLI (default). False
   * reads as the browser does, with the small model alone (the benchmark measures both).
   */
  wordModel?: boolean;
};

export type FindingKind = FamilyId | 'length' | 'questions' | 'shouting' | 'late_night' | 'double_text';
export type Finding = { kind: FindingKind; start: number; end: number; note: string };
/** ok; think twice (worth a second look: where sources disagree); rewrite; wait (not now). */
export type Verdict = 'ok' | 'think_twice' | 'rewrite' | 'wait';
export type CheckResult = {
  /** True exactly when the verdict is not ok. */
  needy: boolean;
  /** 0–100: how likely the sources we learned from would call it needy. */
  score: number;
  verdict: Verdict;
  /** The kind it was read as: a reply about pick-ups and keys is read as logistics. */
  readAs: MessageKind;
  findings: Finding[];
  strengths: { kind: FamilyId | 'brief'; note: string }[];
  /** The features that pushed the reading up, strongest first (`f:pressure_reply`, `len:41-100`…). */
  because: string[];
  summary: string;
  safety: { selfHarm: boolean; abuse: boolean };
};

export const maxCheckLength = 20_000;

export class TextTooLongError extends Error {
  constructor() {
    super(`That text is longer than ${maxCheckLength.toLocaleString('en')} characters; check it in parts.`);
  }
}

function isLateNight(localTime: string | undefined) {
  const m = localTime ? /^(\d{1,2}):(\d{2})$/.exec(localTime) : null;
  if (!m) return false;
  const hour = Number(m[1]);
  return hour >= 23 || hour < 6;
}

const extraNotes: Partial<Record<string, { kind: FindingKind; note: string }>> = {
  shouting: { kind: 'shouting', note: 'All capitals reads as shouting.' },
  'q:2': { kind: 'questions', note: 'Several questions at once can feel like an interrogation. Ask one.' },
  'q:3+': { kind: 'questions', note: 'Several questions at once can feel like an interrogation. Ask one.' },
};
const lengthNote = 'A long message asks a lot of them. A couple of short sentences is easier to answer.';

/**
 * Reads a draft and says calmly whether it would help or hurt, and why, pointing at the words.
 * One rulebook: the concept families (families-en.ts) on the shared normaliser, weighed by a small
 * model learned from messages public pages labelled; on the server and in the CLI a fuller word model
 * (word-model.ts) decides needy or not, where the browser has room for the small one only.
 *
 * @example checkMessage('please come back, I need you', { kind: 'first_text' }).verdict → 'rewrite'
 */
export function checkMessage(text: string, context: CheckContext = {}): CheckResult {
  if (text.length > maxCheckLength) throw new TextTooLongError();
  const normalized = normalizeText(text);
  const doubleText = (context.unansweredSent ?? 0) > 0 && context.kind !== 'letter';
  const reading = readFeatures(text, normalized, {
    kind: context.kind ?? 'draft',
    lateNight: isLateNight(context.localTime),
    doubleText,
  });
  // A pick-up time or a boundary is as fine at night as by day; the rest can wait for the morning.
  const late = isLateNight(context.localTime) && reading.kind !== 'logistics' && reading.kind !== 'boundary';
  const model = checkerModelEn;
  // Needy or not: the word model where it is there (server, CLI), else the small model. What the
  // message says, and where, is the families' to name either way.
  const { p, thinkTwiceAt, rewriteAt } = (context.wordModel !== false &&
    wordReading(normalized, reading.features)) || { ...model, p: needProbability(reading.features, model) };
  const pushes = weighing(reading.features, model);

  // What pushed it up, pointed at in the person's own words where the family's words are there
  // as typed ("u" and "ur" are spelled out before the families run, so a few point nowhere).
  const findings: Finding[] = [];
  const noted = new Set<string>();
  for (const { feature } of pushes) {
    const family = familyOf(feature);
    if (family && !family.calm && !noted.has(family.id)) {
      noted.add(family.id);
      findings.push(findingOf(family.id, text));
      continue;
    }
    if (/^needy:[1-9]/.test(feature)) {
      for (const id of reading.fired) {
        const f = familyById.get(id)!;
        if (f.calm || noted.has(id)) continue;
        noted.add(id);
        findings.push(findingOf(id, text));
      }
      continue;
    }
    const extra = extraNotes[feature];
    if (extra && !noted.has(extra.kind)) {
      noted.add(extra.kind);
      findings.push({ ...extra, start: 0, end: 0 });
    } else if (/len:(41-100|100\+)$/.test(feature) && !noted.has('length') && reading.kind !== 'letter') {
      noted.add('length');
      findings.push({ kind: 'length', start: 0, end: 0, note: lengthNote });
    }
  }
  // "Rewrite" names what to rewrite: the words alone, with no family or sign found, say only
  // "think twice" (their explanation is the general one).
  const named = findings.length > 0;
  if (late)
    findings.push({
      kind: 'late_night',
      start: 0,
      end: 0,
      note: 'It is late. Messages sent at night often read as lonely; sleep on it.',
    });
  if (doubleText)
    findings.push({
      kind: 'double_text',
      start: 0,
      end: 0,
      note: 'Your last message is still unanswered. A second one now reads as chasing.',
    });

  const safety = context.screen === false ? { selfHarm: false, abuse: false } : screenNormalized(normalized);
  const verdict: Verdict =
    late || doubleText || safety.selfHarm
      ? 'wait'
      : p >= rewriteAt && named
        ? 'rewrite'
        : p >= thinkTwiceAt
          ? 'think_twice'
          : 'ok';
  // Found in the order of what weighed most: the first family is the summary's reason.
  const main = findings.find((f) => familyById.has(f.kind as FamilyId));
  findings.sort((a, b) => a.start - b.start);
  // What is good is said only where it is the message's own: not beside "this would hurt".
  const strengths: CheckResult['strengths'] =
    verdict === 'rewrite' || verdict === 'wait'
      ? []
      : reading.fired
          .map((id) => familyById.get(id)!)
          .filter((f) => f.calm)
          .map((f) => ({ kind: f.id, note: f.note }));
  const wordCount = normalized.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
  if (verdict === 'ok' && reading.kind !== 'letter' && wordCount > 0 && wordCount <= 25)
    strengths.push({ kind: 'brief', note: 'Short and easy to read.' });
  return {
    needy: verdict !== 'ok',
    score: Math.round(p * 100),
    verdict,
    readAs: reading.kind,
    findings,
    strengths,
    because: pushes.map((f) => f.feature),
    summary: summarize(
      verdict,
      reading.kind,
      verdict === 'wait'
        ? (findings.find((f) => f.kind === 'double_text' || f.kind === 'late_night') ?? main)
        : (main ?? findings[0]),
      strengths,
      safety.selfHarm,
    ),
    safety,
  };
}

/** A family's finding, at its first words in the text (or at none: see `spansOf`). */
function findingOf(id: FamilyId, text: string): Finding {
  const span = spansOf(id, text)[0] ?? { start: 0, end: 0 };
  return { kind: id, ...span, note: familyById.get(id)!.note };
}

/** The family a model feature speaks of: `f:blame` and `logistics×blame` are both blame's. */
function familyOf(feature: string) {
  const id = feature.startsWith('f:') ? feature.slice(2) : feature.split('×')[1];
  return id === undefined ? undefined : familyById.get(id as FamilyId);
}

function summarize(
  verdict: Verdict,
  kind: MessageKind,
  main: Finding | undefined,
  strengths: CheckResult['strengths'],
  selfHarm: boolean,
) {
  if (selfHarm)
    return 'Before anything else: you matter. Please reach out to someone who can help tonight; the message can wait.';
  // The heading already names the verdict; the summary says why.
  if (verdict === 'wait') return main?.note ?? 'Sleep on it, and read it again in the morning.';
  if (verdict === 'rewrite') return main?.note ?? 'Most of the advice we learned from would call this needy.';
  if (verdict === 'think_twice')
    return main?.note ?? 'People read messages like this one differently: read it once more as they would.';
  if (main) return `Mostly calm. One thing to consider: ${main.note}`;
  if (kind === 'letter') return 'Nothing here asks for anything back.';
  return strengths.length > 0 ? 'Calm and easy to answer. This reads well.' : 'Nothing here reads as needy.';
}
