import { buildClientIfNeeded } from '../../server/client-build.ts';

// Build the client once before any test starts the app: two `npm start`s building at the same
// time would empty each other's dist/client.
export default async function setup() {
  await buildClientIfNeeded((message) => process.stdout.write(`${message}\n`));
}
