// The Chrome or Chromium to test and benchmark with: $CHROME_PATH when set, else the first one on
// the PATH. Test tools must not download their own browser (these machines have no access to their hosts).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  throw new Error('No Chrome or Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
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
