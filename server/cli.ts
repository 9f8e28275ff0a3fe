import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { clockOf, configFromEnv } from './config.ts';
import { createLinters } from './linters.ts';
import { ProfileError } from '../rules/profile/resolve.ts';
import { limits } from '../rules/api/schemas.ts';

const usage = `Användning: npm run lint:post -- [--channels ID,ID] [--format text|json] [--profile ID] FIL
  FIL  en textfil med inlägget, eller - för standard in.
Avslutar med 1 om någon anmärkning är ett fel, 2 vid felaktig användning, annars 0.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        channels: { type: 'string' },
        format: { type: 'string', default: 'text' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values, positionals } = parseCommandLine();
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail('Ange exakt en fil (eller - för standard in).');
if (values.format !== 'text' && values.format !== 'json') fail(`Okänt format "${values.format}". Välj text eller json.`);

const path = positionals[0]!;
let text: string;
try {
  text = readFileSync(path === '-' ? 0 : path, 'utf8');
} catch {
  fail(`Filen "${path}" kunde inte läsas.`);
}
if (text.length > limits.textLength) fail(`Texten får vara högst ${limits.textLength} tecken.`);

let linters;
try {
  const config = configFromEnv();
  linters = createLinters(config.profilesDir, config.defaultProfile, { clock: clockOf(config) });
} catch (error) {
  fail(error instanceof ProfileError ? error.message : (error as Error).message);
}
if (values.profile && !linters.has(values.profile)) fail(`Profilen "${values.profile}" finns inte.`);
const linter = linters.get(values.profile);
const channels = values.channels === undefined ? linter.profile.defaultChannels : values.channels.split(',').map((id) => id.trim()).filter(Boolean);
const unknown = channels.filter((id) => !linter.profile.channels[id]);
if (unknown.length > 0) fail(`Okänd kanal: ${unknown.join(', ')}. Kända kanaler: ${Object.keys(linter.profile.channels).join(', ')}.`);

// One lint per text: the API's body for JSON, the vfile itself for the reporter.
let severities: (string | undefined)[];
if (values.format === 'json') {
  const result = linter.lintPost({ text, channels });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  severities = result.messages.map((message) => message.severity);
} else {
  const { file } = linter.lintText(text, { channels, media: [] });
  file.path = path === '-' ? '<stdin>' : path;
  process.stdout.write(`${reporter([file], { verbose: false })}\n`);
  severities = file.messages.map((message) => message.severity);
}
process.exit(severities.includes('error') ? 1 : 0);
