/**
 * Which of many regular expressions could match a text, found in one pass over the text: each
 * expression's anchors are literal strings of which every match must contain one ("hit", "slap"
 * for `\b(?:hit|slap(?:ped)?) me\b`), and one automaton (Aho–Corasick) finds every anchor present.
 * An expression none of whose anchors occurs cannot match and need not run; one without anchors
 * (a requirement this reader cannot prove) always runs. Sound for the expressions Rekindle writes:
 * anything it does not understand counts as "no anchor", never as a wrong one.
 */

/** One of these strings is in every match; `null`: no string can be promised. */
type Need = Set<string> | null;

/** The literal strings one of which every match of `source` contains (`null`: none promised). */
export function anchorsOf(source: string): readonly string[] | null {
  const reader = { source, at: 0 };
  const need = alternation(reader);
  return reader.at === source.length && need ? [...need] : null;
}

type Reader = { source: string; at: number };

function alternation(r: Reader): Need {
  const branches: Need[] = [sequence(r)];
  while (r.source[r.at] === '|') {
    r.at++;
    branches.push(sequence(r));
  }
  if (branches.some((b) => b === null)) return null;
  return new Set(branches.flatMap((b) => [...b!]));
}

/** The best promise a sequence makes: its longest literal run, or a group it cannot skip. */
function sequence(r: Reader): Need {
  const candidates: Set<string>[] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push(new Set([run]));
    run = '';
  };
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') {
    const item = atom(r);
    const { min, max } = quantifier(r);
    if (item.kind === 'literal' && min === 1 && max === 1) run += item.char;
    else {
      if (item.kind === 'literal' && min >= 1) run += item.char;
      endRun();
      if (item.kind === 'group' && min >= 1 && item.need) candidates.push(item.need);
    }
  }
  endRun();
  let best: Set<string> | null = null;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  for (const c of candidates) {
    if (!best || shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.size < best.size))
      best = c;
  }
  return best;
}

type Atom = { kind: 'literal'; char: string } | { kind: 'group'; need: Need } | { kind: 'other' };

function atom(r: Reader): Atom {
  const ch = r.source[r.at]!;
  if (ch === '(') {
    r.at++;
    let lookaround = false;
    if (r.source[r.at] === '?') {
      const next = r.source[r.at + 1];
      if (next === ':') r.at += 2;
      else if (next === '=' || next === '!') {
        lookaround = true;
        r.at += 2;
      } else if (next === '<' && (r.source[r.at + 2] === '=' || r.source[r.at + 2] === '!')) {
        lookaround = true;
        r.at += 3;
      } else if (next === '<') r.at = r.source.indexOf('>', r.at) + 1;
      else throw new SyntaxError('unknown group');
    }
    const need = alternation(r);
    if (r.source[r.at] !== ')') throw new SyntaxError('unclosed group');
    r.at++;
    return lookaround ? { kind: 'other' } : { kind: 'group', need };
  }
  if (ch === '[') {
    r.at++;
    while (r.at < r.source.length && r.source[r.at] !== ']') r.at += r.source[r.at] === '\\' ? 2 : 1;
    r.at++;
    return { kind: 'other' };
  }
  if (ch === '\\') {
    const next = r.source[r.at + 1] ?? '';
    r.at += 2;
    // Letters and digits after a backslash are classes, assertions, references or code points;
    // the ones that take more characters after them (\p{L}, \k<name>, \cJ, \u0041) are not read.
    if (/[A-Za-z0-9]/.test(next)) {
      if ('uxpPkc'.includes(next)) throw new SyntaxError(`escape \\${next} is not read`);
      return { kind: 'other' };
    }
    return { kind: 'literal', char: next };
  }
  r.at++;
  if (ch === '.' || ch === '^' || ch === '$') return { kind: 'other' };
  return { kind: 'literal', char: ch };
}

function quantifier(r: Reader): { min: number; max: number } {
  const ch = r.source[r.at];
  let q = { min: 1, max: 1 };
  if (ch === '?') q = { min: 0, max: 1 };
  else if (ch === '*') q = { min: 0, max: Infinity };
  else if (ch === '+') q = { min: 1, max: Infinity };
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.source.slice(r.at));
    if (!m) return q;
    r.at += m[0].length - 1;
    const min = Number(m[1]);
    q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
  } else return q;
  r.at++;
  if (r.source[r.at] === '?') r.at++;
  return q;
}

/**
 * Many expressions, and for a text the ones that could match it. Built once; `candidates` walks
 * the text once and answers a mark per expression (true: run it).
 */
export class AnchorIndex {
  /** Expressions without anchors: always candidates. */
  private readonly always: number[] = [];
  /**
   * The automaton's moves in one map, keyed by state and code point (`state * 0x110000 + code
   * point`): one map for thousands of states keeps the memory small on a server and a phone.
   */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** For each state, the expressions whose anchor ends there (after failure links), if any. */
  private readonly found: (number[] | undefined)[] = [undefined];
  /** Each state's moves while building (for the failure links); dropped once built. */
  private children: [number, number][][] | undefined = [[]];
  readonly size: number;

  constructor(expressions: readonly (RegExp | string)[]) {
    this.size = expressions.length;
    expressions.forEach((expression, i) => {
      let anchors: readonly string[] | null = null;
      // Anchors are literal, case and all: an expression that ignores case (or reads sets, v)
      // always runs.
      const readable = typeof expression === 'string' || !/[iv]/.test(expression.flags);
      try {
        anchors = readable
          ? anchorsOf(typeof expression === 'string' ? expression : expression.source)
          : null;
      } catch {
        anchors = null;
      }
      if (!anchors || anchors.some((a) => a.length === 0)) this.always.push(i);
      else for (const a of anchors) this.add(a, i);
    });
    this.link();
    this.children = undefined;
  }

  private add(anchor: string, expression: number) {
    let state = 0;
    for (const ch of anchor) {
      const code = ch.codePointAt(0)!;
      let to = this.next.get(state * 0x110000 + code);
      if (to === undefined) {
        to = this.fail.length;
        this.fail.push(0);
        this.found.push(undefined);
        this.children!.push([]);
        this.next.set(state * 0x110000 + code, to);
        this.children![state]!.push([code, to]);
      }
      state = to;
    }
    const found = this.found[state];
    if (found) found.push(expression);
    else this.found[state] = [expression];
  }

  /** Failure links, breadth first, each state inheriting what its fallback finds. */
  private link() {
    const queue: number[] = this.children![0]!.map(([, to]) => to);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const [code, to] of this.children![state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next.has(f * 0x110000 + code)) f = this.fail[f]!;
        const fallback = this.next.get(f * 0x110000 + code);
        const link = fallback !== undefined && fallback !== to ? fallback : 0;
        this.fail[to] = link;
        const inherited = this.found[link];
        if (inherited) this.found[to] = (this.found[to] ?? []).concat(inherited);
        queue.push(to);
      }
    }
  }

  /** A mark per expression: could it match `text`? */
  candidates(text: string): Uint8Array {
    const marks = new Uint8Array(this.size);
    for (const i of this.always) marks[i] = 1;
    let state = 0;
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      let to = this.next.get(state * 0x110000 + code);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = this.next.get(state * 0x110000 + code);
      }
      state = to ?? 0;
      const found = this.found[state];
      if (found) for (const i of found) marks[i] = 1;
    }
    return marks;
  }
}
