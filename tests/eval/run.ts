// Detection quality on the repo's development sets and on corpora read at run time from the folder
// given on the command line (never copied into the repo): npm run eval -- ../shared/testdata
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalRow, EvalSection } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const testdataDir = resolve(process.argv[2] ?? '../shared/testdata');
if (!existsSync(testdataDir)) {
  process.stderr.write(`Test data folder not found: ${testdataDir}\nUsage: npm run eval -- DIR\n`);
  process.exit(2);
}

const format = (value: number | string) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : value);

function printTable(name: string, rows: EvalRow[]): void {
  const cells = rows.map((row) => [row.metric, format(row.value), row.goal ?? '', row.met === undefined ? '' : row.met ? 'yes' : 'NO']);
  const header = ['metric', 'value', 'goal', 'met'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => `| ${cell.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  process.stdout.write(`\n## ${name}\n\n${line(header)}\n| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |\n${cells.map(line).join('\n')}\n`);
}

const sectionDir = join(here, 'sections');
// EVAL_ONLY=spelling,people runs only those sections (file names without .ts).
const only = process.env.EVAL_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
const results: Record<string, EvalRow[]> = {};
for (const file of readdirSync(sectionDir).filter((name) => name.endsWith('.ts') && (!only || only.includes(name.slice(0, -3)))).sort()) {
  const section = ((await import(pathToFileURL(join(sectionDir, file)).href)) as { default: EvalSection }).default;
  const rows = await section.run(testdataDir);
  results[section.name] = rows;
  printTable(section.name, rows);
}

const outDir = join(here, '..', 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(outFile, `${JSON.stringify({ testdataDir, results }, null, 2)}\n`);
process.stdout.write(`\nWritten: ${outFile}\n`);
