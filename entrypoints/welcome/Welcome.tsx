/** The welcome page's text: a few lines per thing a new reader needs. */
import { browser } from 'wxt/browser';
import { Practice } from './Practice';

export function Welcome() {
  return (
    <main class="welcome" data-testid="welcome">
      <h1>Welcome to Defence Lens</h1>
      <p>
        On news pages, Defence Lens quietly marks ASEAN defence terms (ADMM, HADR…), meeting names and defence ministers’ names. Names the
        article gets wrong (a misspelling, a title the person did not hold on the article’s date) get a wavy mark.
      </p>
      <Practice />
      <h2>Read a card</h2>
      <ul>
        <li>Hover a mark for a moment: a card shows the facts and their sources, for the article’s date.</li>
        <li>
          <strong>Pin</strong> keeps the card open; <kbd>Esc</kbd> closes it.
        </li>
        <li>
          <kbd>c</kbd> (or the card’s <strong>Copy</strong> button) copies the card’s fact with its source, or the correction of a flagged
          name, ready to paste into your text.
        </li>
        <li>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> and <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> step to the next and previous
          mention with the keyboard.
        </li>
      </ul>
      <h2>The article’s date</h2>
      <p>
        Roles are looked up on the day the article was written, taken from the page’s metadata, its header or its text (an inferred date
        says so). If it is wrong, set another in the toolbar popup, tab <strong>On this page</strong>, field <strong>Article date</strong>.
      </p>
      <h2>The popup and the options</h2>
      <p>
        The toolbar button (or <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>D</kbd>) opens the popup: search the corpus, see what the page mentions,
        export a briefing of it in Markdown, and switch Defence Lens off for a site. The{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          options page
        </button>{' '}
        lets you browse, edit, import and export the records and tune what is marked.
      </p>
      <h2>Nothing leaves your browser</h2>
      <p>The corpus ships inside the extension. Defence Lens makes no network request of any kind: no server, no tracking.</p>
    </main>
  );
}
