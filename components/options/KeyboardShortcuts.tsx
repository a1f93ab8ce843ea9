/**
 * The extension's keyboard commands as the browser has them bound, and a way to change them. The
 * browser's shortcut page (chrome://extensions/shortcuts) cannot be opened by a plain link from an
 * extension page, but tabs.create may open it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';
const describe = (c: Command) => c.description || (c.name === '_execute_action' ? 'Open the Defence Lens popup' : (c.name ?? ''));

export function KeyboardShortcuts() {
  const [commands, setCommands] = useState<Command[] | undefined>();
  const [note, setNote] = useState('');
  useEffect(() => {
    // Firefox lists commands too; a browser without the API just shows the page-level keys.
    const api = (browser as { commands?: { getAll(): Promise<Command[]> } }).commands;
    api?.getAll().then(setCommands, () => setCommands([]));
  }, []);
  const openShortcuts = async () => {
    try {
      await browser.tabs.create({ url: SHORTCUTS_PAGE });
    } catch {
      // Firefox: about:addons → gear menu → Manage Extension Shortcuts.
      setNote('Open your browser’s add-on settings and choose “Manage extension shortcuts”.');
    }
  };
  return (
    <fieldset data-testid="shortcuts">
      <legend>Keyboard shortcuts</legend>
      <ul>
        {(commands ?? []).map((c) => (
          <li key={c.name}>
            {describe(c)}: <kbd>{c.shortcut || 'not set'}</kbd>
          </li>
        ))}
        {/* Page keys, handled by the content script itself (they need no browser binding). */}
        <li>
          On a page, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>P</kbd> steps to the next or previous mention and opens its card.
        </li>
        <li>
          <kbd>Escape</kbd> closes a card.
        </li>
      </ul>
      <button type="button" class="link" onClick={() => void openShortcuts()}>
        Change shortcuts in the browser’s settings ({SHORTCUTS_PAGE})
      </button>
      {note && <p class="hint">{note}</p>}
    </fieldset>
  );
}
