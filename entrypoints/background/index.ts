import { matcherSnapshot } from 'virtual:defence-lens-matcher-snapshot-lazy';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BUNDLED_CORPUS_VERSION, loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { taggedRecords } from '../../utils/corpus/tagged-records';
import { createControllerInjection } from '../../utils/messaging/controller-injection';
import { createCorpusHandlers, mayWrite } from '../../utils/messaging/corpus-handlers';
import { createCorpusWrites } from '../../utils/messaging/corpus-writes';
import { IMPORT_PORT, type ImportPortLike, serveImportPort } from '../../utils/messaging/import-port';
import { createInspectHandler } from '../../utils/messaging/inspect-relay';
import { createMarkSheetHandler } from '../../utils/messaging/mark-sheet-handler';
import { createRouter } from '../../utils/messaging/router';
import { loadSettings } from '../../utils/settings/settings';
import { seedBundled } from '../../utils/storage/corpus-store';
import { type CorpusDb, openCorpusDb } from '../../utils/storage/db';

/** Set once the welcome page has been opened. */
const WELCOME_KEY = 'welcomeShown';

/**
 * The welcome page, on the first install only. The reason alone is not enough: Chromium reports an
 * extension loaded from the command line as installed again at every start, with its storage kept.
 */
async function openWelcomeOnce(): Promise<void> {
  if ((await browser.storage.local.get(WELCOME_KEY))[WELCOME_KEY]) return;
  await browser.storage.local.set({ [WELCOME_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

export default defineBackground(() => {
  // One open database per worker lifetime; seeding is idempotent (keyed by the corpus version),
  // so a worker woken by a message re-checks it instead of trusting memory from a previous life.
  let dbPromise: Promise<CorpusDb> | undefined;
  const getDb = () => {
    dbPromise ??= openCorpusDb().then(async (db) => {
      await seedBundled(db, BUNDLED_CORPUS_VERSION, taggedRecords(loadBundledCorpus()));
      return db;
    });
    dbPromise.catch(() => {
      dbPromise = undefined;
    });
    return dbPromise;
  };

  // The one place that writes the corpus: every write validates, writes and bumps the revision.
  const writes = createCorpusWrites(getDb);
  // page/inspect (the Firefox e2e tests' view of a content script) is relayed to the tab, for the extension's own pages only.
  const inspectHandler = createInspectHandler((tabId, message, options) => browser.tabs.sendMessage(tabId, message, options), {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  // content/controller: the controller's script goes into the frame whose first pass found a key, in its isolated world.
  const controllerInjection = createControllerInjection(
    ({ tabId, frameId }, file) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] }),
    { id: browser.runtime.id },
  );
  // content/mark-sheet: the marks' rules as a user stylesheet in the asking frame, from document start.
  const markSheet = createMarkSheetHandler(
    {
      insert: ({ tabId, frameId }, css) => browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css, origin: 'USER' }),
      remove: ({ tabId, frameId }, css) => browser.scripting.removeCSS({ target: { tabId, frameIds: [frameId] }, css, origin: 'USER' }),
      settings: loadSettings,
    },
    { id: browser.runtime.id },
  );
  const route = createRouter({
    ...createCorpusHandlers(getDb, writes, matcherSnapshot),
    'page/inspect': inspectHandler,
    'content/controller': controllerInjection,
    'content/mark-sheet': markSheet,
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, {
      senderUrl: sender.url,
      sender: { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
    }),
  );
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === IMPORT_PORT) serveImportPort(port as unknown as ImportPortLike, writes, mayWrite);
  });
  browser.runtime.onInstalled.addListener((details) => {
    void getDb();
    if (details.reason === 'install') void openWelcomeOnce();
  });
});
