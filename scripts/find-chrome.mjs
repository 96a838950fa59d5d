// The Chrome or Chromium to test and benchmark with: $CHROME_PATH when set, else the first one on
// the PATH. Test tools must not download their own browser (these machines have no access to their hosts).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first of `names` that is an executable on the PATH, else undefined. */
export function findOnPath(names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export function findChrome() {
  const found = process.env.CHROME_PATH || findOnPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']);
  if (!found) throw new Error('No Chrome or Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

/** Flags for a headless run as root on a closed network: no sandbox, no GPU, no phoning home,
 * and every host but this machine fails at once instead of waiting on DNS. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
