import { existsSync } from 'node:fs';

export const FIREFOX_INSTALL_HINT = 'Firefox is missing: install it with `sudo apt-get install -y firefox-esr` (or set FIREFOX_PATH).';

/** The Firefox to drive: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. Exits with one clear line if absent. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(FIREFOX_INSTALL_HINT);
    process.exit(1);
  }
  return found;
}
