import posts from '../sets/language-posts.json' with { type: 'json' };
import { defaultLinter } from '../../support/linter.ts';
import type { EvalRow, EvalSection } from '../types.ts';

const goal = 0.95;

/** Whether the post's language, and for a mixed post the languages of its other paragraphs, are found. */
export function languageResults() {
  return posts.posts.map((post) => {
    const { stats } = defaultLinter.lintPost({ text: post.text, channels: [] });
    const others = (stats.otherLanguages ?? []).map((part) => part.language);
    const expected = post.otherLanguages ?? [];
    const right = stats.language === post.language && others.length === expected.length && others.every((code, index) => code === expected[index]);
    return { ...post, found: [stats.language, ...others].join('+'), right };
  });
}

const section: EvalSection = {
  name: 'Språk (svenska, engelska, finska, arabiska, somaliska, blandade)',
  async run() {
    const results = languageResults();
    const share = (items: typeof results) => items.filter((item) => item.right).length / items.length;
    const rows: EvalRow[] = [];
    for (const group of [...new Set(results.map((item) => item.group))]) {
      const items = results.filter((item) => item.group === group);
      rows.push({ metric: `${group}: posts right (${items.length})`, value: `${(share(items) * 100).toFixed(0)} %` });
    }
    const all = share(results);
    rows.push({ metric: `all posts right (${results.length})`, value: `${(all * 100).toFixed(1)} %`, goal: `≥ ${goal * 100} %`, met: all >= goal });
    const wrong = results.filter((item) => !item.right).map((item) => `${item.text.slice(0, 30)}… → ${item.found}`);
    rows.push({ metric: 'wrong', value: wrong.join(' | ') || '–' });
    return rows;
  },
};

export default section;
