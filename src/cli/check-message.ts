import { type CheckResult, checkMessage } from '../core/checker/check.ts';
import { checkSchema } from '../shared/api/check.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function report(text: string, result: CheckResult): string {
  const lines = [
    `Verdict: ${result.verdict} (score ${result.score}/100${result.needy ? ', reads as needy' : ''}; read as ${result.readAs.replace('_', ' ')})`,
    result.summary,
  ];
  for (const f of result.findings) {
    const words = f.end > f.start ? ` "${text.slice(f.start, f.end)}"` : '';
    lines.push(`  - ${f.kind}${words}: ${f.note}`);
  }
  for (const s of result.strengths) lines.push(`  + ${s.kind}: ${s.note}`);
  if (result.safety.selfHarm || result.safety.abuse)
    lines.push(
      '  ! This text suggests you may need support. Please reach out to someone you trust or a helpline.',
    );
  return lines.join('\n');
}

/** `rekindle check-message [--text T] [--kind K] [--json | --jsonl]`: text from stdin unless --text. */
export async function checkMessageCommand(args: string[]): Promise<number> {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (args.includes('--jsonl')) {
    const lines = (await readStdin()).split('\n').filter((l) => l.trim());
    let failed = 0;
    for (const [n, line] of lines.entries()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      const input = checkSchema.safeParse(parsed);
      if (!input.success) {
        failed++;
        const message =
          typeof parsed === 'object' && parsed !== null
            ? input.error.issues[0]?.message
            : 'Each line must be a JSON object with a "text".';
        console.log(JSON.stringify({ error: { line: n + 1, message } }));
        continue;
      }
      const { text, ...context } = input.data;
      console.log(JSON.stringify(checkMessage(text, context)));
    }
    return failed ? 1 : 0;
  }
  const text = flag('--text') ?? (await readStdin());
  const input = checkSchema.safeParse({ text, ...(flag('--kind') ? { kind: flag('--kind') } : {}) });
  if (!input.success) {
    console.error(input.error.issues[0]?.message);
    return 2;
  }
  const { text: checked, ...context } = input.data;
  const result = checkMessage(checked, context);
  console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : report(checked, result));
  return 0;
}
