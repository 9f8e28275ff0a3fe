// Lints each line of standard input with the shipped profile and prints its pd- and bild- findings (for tuning the eval's sets by hand).
import { readFileSync } from 'node:fs';
import { shippedLinter } from '../support/linter.ts';

for (const line of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const media = line.startsWith('[bild] ');
  const text = media ? line.slice(7) : line;
  const found = shippedLinter
    .lintPost({ text, channels: [], media: media ? [{ type: 'image' }] : [] })
    .messages.filter((message) => /^(pd|bild)-/u.test(message.ruleId))
    .map((message) => `${message.ruleId}:${message.severity}:"${message.actual}"`);
  process.stdout.write(`${found.length ? 'FLAG' : '----'} ${text}\n      ${found.join(' ')}\n`);
}
