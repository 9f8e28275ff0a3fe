import { buildClientIfNeeded } from '../../server/client-build.ts';
import { buildDictionaryIfNeeded } from '../../server/dictionary-build.ts';

// Build the client once before any test starts the app: two `npm start`s building at the same
// time would empty each other's dist/client. Compile the spelling dictionary once too, so that every
// test process reads it from the cache instead of building it.
export default async function setup() {
  await buildClientIfNeeded((message) => process.stdout.write(`${message}\n`));
  buildDictionaryIfNeeded((message) => process.stdout.write(`${message}\n`));
}
