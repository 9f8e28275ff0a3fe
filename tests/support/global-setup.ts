import { buildClientIfNeeded } from '../../server/client-build.ts';
import { buildDictionaryIfNeeded } from '../../server/dictionary-build.ts';
import { buildServerIfNeeded } from '../../server/launch.mjs';
import { installMissingSystemPackages } from './system-packages.ts';

// Build the client and the server bundle once before any test starts the app: two `npm start`s building
// the client at the same time would empty each other's dist/client. Compile the spelling dictionary once
// too, so that every test process reads it from the cache instead of building it. Chromium and PostgreSQL
// are installed first when missing (as root).
export default async function setup() {
  installMissingSystemPackages((message) => process.stdout.write(`${message}\n`));
  await buildClientIfNeeded((message) => process.stdout.write(`${message}\n`));
  buildDictionaryIfNeeded((message) => process.stdout.write(`${message}\n`));
  await buildServerIfNeeded((message) => process.stdout.write(`${message}\n`));
}
