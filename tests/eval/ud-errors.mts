import { readConllu } from './conllu.ts';
import { shippedLinter } from '../support/linter.ts';
const sentences = readConllu('../shared/testdata/ud-swedish-pud/sv_pud-ud-test.conllu');
const docs = new Map<string, string[]>();
for (const s of sentences) docs.set(s.doc ?? s.id, [...(docs.get(s.doc ?? s.id) ?? []), s.text]);
for (const texts of docs.values()) {
  const text = texts.join(' ');
  for (const m of shippedLinter.lintPost({ text, channels: [] }).messages) {
    if (m.severity !== 'error' && !process.env.ALL) continue;
    if (process.env.ALL && !m.ruleId.startsWith('pd-')) continue;
    const s = text.lastIndexOf('.', m.start - 2);
    console.log(`${m.ruleId}:${m.severity} [${m.actual}] …${text.slice(s + 1, m.end + 80)}`);
  }
}
