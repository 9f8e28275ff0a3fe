import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { chromiumPath } from './browser.ts';
import { postgresBinDir } from './postgres.ts';

/** The Debian packages the suite runs for real, and how to tell whether each is there. */
const packages = [
  { name: 'chromium', present: () => existsSync(chromiumPath), usedBy: 'the browser tests' },
  { name: 'postgresql', present: () => postgresBinDir() !== null, usedBy: 'the PostgreSQL store tests' },
];

/**
 * On a fresh machine `npm test` installs what it lacks when it runs as root (as CI does). Otherwise
 * it says what to run; the tests that need a missing package then fail with the same command.
 */
export function installMissingSystemPackages(log: (message: string) => void) {
  const missing = packages.filter((pkg) => !pkg.present());
  if (missing.length === 0) return;
  const names = missing.map((pkg) => pkg.name).join(' ');
  const command = `apt-get update && apt-get install -y ${names}`;
  if (userInfo().uid !== 0 || !existsSync('/usr/bin/apt-get')) {
    log(`Missing for ${missing.map((pkg) => pkg.usedBy).join(' and ')}: ${names}. Run as root: ${command}`);
    return;
  }
  log(`Installing Debian packages for ${missing.map((pkg) => pkg.usedBy).join(' and ')}: ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
