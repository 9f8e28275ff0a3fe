import { parseSwedish } from '../../rules/core/parse.ts';
import { buildContext } from '../../rules/core/context.ts';
import { peopleOf } from '../../rules/analysis/people/index.ts';
import { alingsas } from '../../tests/support/linter.ts';
for (const text of process.argv.slice(2)) {
  const { tree, sources } = parseSwedish(text);
  const p = peopleOf(buildContext(tree, text, sources, { channels: [], media: [] }), alingsas);
  console.log(text, '\n names', p.names.map((n) => `${n.value}${n.source ? '[src]' : ''}${n.staff ? '[staff]' : ''}`), '\n ids', p.identifiers.map((i) => `${i.kind}:${i.value}`), '\n places', p.places.map((pl) => `${pl.source}:${text.slice(pl.start, pl.end)}`));
}
