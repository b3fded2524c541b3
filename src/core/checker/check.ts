import { screenNormalized } from '../safety/screen.ts';
import { probabilityOf } from '../text/linear-model.ts';
import { normalizeText } from '../text/normalize.ts';
import {
  type FindingKind,
  limits,
  type MessageKind,
  negation,
  type Rule,
  rules,
  type StrengthKind,
  strengthRules,
} from './lexicon-en.ts';
import { toneModelEn } from './tone-weights-en.ts';

export type CheckContext = {
  kind?: MessageKind;
  /** Local wall-clock time `HH:MM` where the person is; 23:00–06:00 suggests waiting. */
  localTime?: string;
  /** Messages already sent and not answered: a second one now would be a double text. */
  unansweredSent?: number;
  exName?: string;
};

export type Finding = { kind: FindingKind; start: number; end: number; note: string };
export type CheckResult = {
  needy: boolean;
  score: number;
  verdict: 'ok' | 'rewrite' | 'wait';
  findings: Finding[];
  strengths: { kind: StrengthKind; note: string }[];
  summary: string;
  safety: { selfHarm: boolean; abuse: boolean };
};

export const maxCheckLength = 20_000;
const toneNote =
  'Taken together, this leans on what they mean to you. Something light, about their day, is easier to answer.';
/**
 * A score at or above this reads as needy: one clear sign (each weighs 20 or more) is enough,
 * while minor ones (a long text, a date-like invitation, many questions) need company.
 */
export const needyThreshold = 20;

export class TextTooLongError extends Error {
  constructor() {
    super(`That text is longer than ${maxCheckLength.toLocaleString('en')} characters; check it in parts.`);
  }
}

/**
 * Lower-case with the same length as the input, so a match's offsets point into the original:
 * characters whose lower case is longer ("İ") are left as they are; curly apostrophes straightened.
 */
function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch === '\u2019' || ch === '\u2018' ? "'" : ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

function negated(folded: string, index: number): boolean {
  return negation.test(folded.slice(Math.max(0, index - 40), index));
}

const words = (text: string) => text.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;

function applies(rule: Rule, kind: MessageKind) {
  return !rule.only || rule.only.includes(kind);
}

function isLateNight(localTime: string | undefined) {
  const m = localTime ? /^(\d{1,2}):(\d{2})$/.exec(localTime) : null;
  if (!m) return false;
  const hour = Number(m[1]);
  return hour >= 23 || hour < 6;
}

/** Words of 3+ letters written all in capitals, when most of the letters are capitals: shouting. */
function shouting(text: string): Finding[] {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (letters.length < 8 || upper / letters.length < 0.6) return [];
  const caps = [...text.matchAll(/\b\p{Lu}{3,}\b/gu)];
  if (caps.length < 2) return [];
  const first = caps[0]!;
  const last = caps.at(-1)!;
  return [
    {
      kind: 'anger',
      start: first.index,
      end: last.index + last[0].length,
      note: 'All capitals reads as shouting.',
    },
  ];
}

/**
 * Reads a draft and says calmly whether it would help or hurt, and why, pointing at the words.
 * Runs the same in the browser and on the server; nothing leaves the device.
 *
 * @example checkMessage('please come back, I need you', { kind: 'first_text' }).verdict → 'rewrite'
 */
export function checkMessage(text: string, context: CheckContext = {}): CheckResult {
  if (text.length > maxCheckLength) throw new TextTooLongError();
  const kind = context.kind ?? 'draft';
  const folded = foldCase(text);
  // Shared by the tone model and the safety screen (offsets do not survive it; `folded` keeps them).
  const normalized = normalizeText(text);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!applies(rule, kind)) continue;
    for (const m of folded.matchAll(rule.pattern)) {
      if (rule.negatable && negated(folded, m.index)) continue;
      findings.push({ kind: rule.kind, start: m.index, end: m.index + m[0].length, note: rule.note });
    }
  }
  findings.push(...shouting(text));

  const wordCount = words(text);
  const sentences = text.split(/[.!?\n]+/).filter((s) => s.trim().length > 0).length;
  if (kind === 'first_text' && (wordCount > limits.firstTextWords || sentences > limits.firstTextSentences)) {
    findings.push({
      kind: 'length',
      start: 0,
      end: text.length,
      note: 'A first message works best as a couple of short sentences.',
    });
  } else if (kind === 'reply' && wordCount > limits.replyWords) {
    findings.push({
      kind: 'length',
      start: 0,
      end: text.length,
      note: 'A shorter reply is easier to answer, and calmer.',
    });
  }
  const questions = (text.match(/\?+/g) ?? []).length;
  if (kind !== 'letter' && questions >= limits.questions) {
    findings.push({
      kind: 'questions',
      start: 0,
      end: text.length,
      note: `${questions} questions at once can feel like an interrogation. Ask one.`,
    });
  }
  const late = isLateNight(context.localTime);
  if (late)
    findings.push({
      kind: 'late_night',
      start: 0,
      end: 0,
      note: 'It is late. Messages sent at night often read as lonely; sleep on it.',
    });
  const doubleText = (context.unansweredSent ?? 0) > 0 && kind !== 'letter';
  if (doubleText) {
    findings.push({
      kind: 'double_text',
      start: 0,
      end: 0,
      note: 'Your last message is still unanswered. A second one now reads as chasing.',
    });
  }

  const strengths: CheckResult['strengths'] = [];
  for (const rule of strengthRules) {
    rule.pattern.lastIndex = 0;
    if (rule.pattern.test(folded)) strengths.push({ kind: rule.kind, note: rule.note });
  }
  if (kind !== 'letter' && wordCount > 0 && wordCount <= limits.briefWords)
    strengths.push({ kind: 'brief', note: 'Short and easy to read.' });

  // Each kind counts once at full weight, and half for each repeat, so one word cannot dominate.
  const weightOf = new Map<FindingKind, number>();
  for (const rule of rules) weightOf.set(rule.kind, Math.max(weightOf.get(rule.kind) ?? 0, rule.weight));
  const extraWeights: Partial<Record<FindingKind, number>> = {
    length: 15,
    questions: 12,
    late_night: 0,
    double_text: 0,
  };
  const seen = new Map<FindingKind, number>();
  let raw = 0;
  for (const f of findings) {
    const n = seen.get(f.kind) ?? 0;
    const w = extraWeights[f.kind] ?? weightOf.get(f.kind) ?? 0;
    raw += n === 0 ? w : w / 2;
    seen.set(f.kind, n + 1);
  }
  // No phrase rule fired: the tone model may still hear neediness in words the rules do not know.
  if (raw < needyThreshold && kind !== 'letter') {
    // It weighs the whole message, so it points at no words: a single word would mislead.
    if (probabilityOf(normalized, toneModelEn) >= toneModelEn.threshold) {
      findings.push({ kind: 'tone', start: 0, end: 0, note: toneNote });
      raw += needyThreshold;
    }
  }
  // Strengths are shown to the person; they do not cancel a sign of neediness.
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  const needy = score >= needyThreshold;
  const safety = screenNormalized(normalized);
  const verdict = late || doubleText || safety.selfHarm ? 'wait' : needy ? 'rewrite' : 'ok';
  findings.sort((a, b) => a.start - b.start);
  return {
    needy,
    score,
    verdict,
    findings,
    strengths,
    summary: summarize(verdict, findings, strengths, safety.selfHarm),
    safety,
  };
}

function summarize(
  verdict: CheckResult['verdict'],
  findings: Finding[],
  strengths: CheckResult['strengths'],
  selfHarm: boolean,
) {
  if (selfHarm)
    return 'Before anything else: you matter. Please reach out to someone who can help tonight; the message can wait.';
  if (verdict === 'wait') {
    const reason = findings.find((f) => f.kind === 'double_text' || f.kind === 'late_night');
    return `Hold on to this one for now. ${reason?.note ?? ''}`.trim();
  }
  if (verdict === 'rewrite') {
    const main = [...findings].sort((a, b) => weightRank(b.kind) - weightRank(a.kind))[0];
    return `This would likely hurt more than help. ${main?.note ?? ''}`.trim();
  }
  if (findings.length > 0) return `Mostly calm. One thing to consider: ${findings[0]!.note}`;
  return strengths.length > 0 ? 'Calm and easy to answer. This reads well.' : 'Nothing here reads as needy.';
}

const rank: FindingKind[] = [
  'begging',
  'pressure',
  'anger',
  'neediness',
  'guilt',
  'relationship_talk',
  'heavy',
  're_apology',
  'tone',
  'date_ask',
  'length',
  'questions',
];
const weightRank = (kind: FindingKind) => rank.length - rank.indexOf(kind);
