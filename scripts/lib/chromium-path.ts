import { existsSync } from 'node:fs';

export const INSTALL_HINT = 'Chromium is missing: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Exits with one clear line if absent. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return found;
}
