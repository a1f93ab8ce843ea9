/**
 * The toolbar popup: search the corpus, see what the current page mentions, switch Defence Lens
 * on or off. The search box is painted and focused at once; the corpus and the background's cached
 * search index arrive behind it (times to paint, to index and per keystroke are recorded for
 * measurement).
 */

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusSummary } from '../../components/CorpusSummary';
import { CARD_CSS } from '../../components/card';
import { PagePanel } from '../../components/popup/PagePanel';
import { askPage, targetTabId } from '../../components/popup/page-link';
import { SearchPanel } from '../../components/popup/SearchPanel';
import { SiteControls } from '../../components/popup/SiteControls';
import { useCorpusSearch } from '../../components/popup/use-corpus-search';
import { usePage } from '../../components/popup/use-page';
import type { Corpus } from '../../utils/corpus/schema';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings/settings';
import { isActiveOn, type Settings } from '../../utils/settings/settings-model';
import { recordIndex, recordKeystroke, recordPaint } from './popup-timings';
import { usePrefersDark } from './use-prefers-dark';

type Tab = 'search' | 'page';

export function PopupApp() {
  const loaded = useCorpusSearch({ onIndex: recordIndex });
  const [settings, setSettings] = useState<Settings | undefined>();
  const [tab, setTab] = useState<Tab>('search');
  /** Set once the reader has moved between the tabs: from then on focus stays where they put it. */
  const [tabbed, setTabbed] = useState(false);
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  const prefersDark = usePrefersDark();
  const dark = settings?.theme === 'dark' || (settings?.theme !== 'light' && prefersDark);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void targetTabId().then(setTabId, () => setTabId(undefined));
    return watchSettings(setSettings);
  }, []);

  const activeOn = useCallback((host: string) => (settings ? isActiveOn(settings, host) : true), [settings]);
  const { page, reload } = usePage(tabId === null ? undefined : tabId, activeOn);
  const ready = tabId !== null;

  // The content script applies new settings on its own storage event; ask again once it has.
  useEffect(() => {
    if (!ready || !settings) return;
    const t = setTimeout(() => void reload(), 250);
    return () => clearTimeout(t);
  }, [settings, ready, reload]);

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  useEffect(() => recordPaint('firstRenderMs'), []);
  useEffect(() => {
    if (loaded.search) recordPaint('searchReadyMs');
  }, [loaded.search]);

  // The tab pattern: arrows (and Home/End) move between the tabs and select the one reached.
  const onTabKey = (e: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: Tab = e.key === 'Home' ? 'search' : e.key === 'End' ? 'page' : tab === 'search' ? 'page' : 'search';
    setTabbed(true);
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main class="popup">
      <style>{CARD_CSS.replace(':host { all: initial; }', '')}</style>
      <header class="top">
        <h1>Defence Lens</h1>
        <div role="tablist" aria-label="Views" class="tabs">
          <button
            type="button"
            role="tab"
            id="tab-search"
            aria-controls="panel-search"
            aria-selected={tab === 'search'}
            tabIndex={tab === 'search' ? 0 : -1}
            data-testid="tab-search"
            onClick={() => setTab('search')}
            onKeyDown={onTabKey}
          >
            Search
          </button>
          <button
            type="button"
            role="tab"
            id="tab-page"
            aria-controls="panel-page"
            aria-selected={tab === 'page'}
            tabIndex={tab === 'page' ? 0 : -1}
            data-testid="tab-page"
            onClick={() => setTab('page')}
            onKeyDown={onTabKey}
          >
            On this page{page.state === 'ready' && page.mentions.length > 0 ? ` (${new Set(page.mentions.map((m) => m.id)).size})` : ''}
          </button>
        </div>
      </header>
      <div class="body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'search' && (
          <SearchPanel
            search={loaded.search}
            corpus={loaded.corpus}
            error={loaded.error}
            dark={dark}
            autoFocus={!tabbed}
            date={page.state === 'ready' ? page.date : undefined}
            onTimed={recordKeystroke}
          />
        )}
        {tab === 'page' && (
          <PagePanel
            page={page}
            corpus={loaded.corpus}
            onReveal={async (id) => (ready && tabId ? (await askPage(tabId, 'page/reveal', { id })).found : false)}
            onSetDate={async (date) => {
              if (!tabId) return;
              // A day the page refuses (not a real past day) leaves its date as it was: the reload shows it.
              await askPage(tabId, 'page/set-date', { date }).catch(() => undefined);
              await reload();
            }}
          />
        )}
      </div>
      <footer class="bottom">
        {settings && (
          <SiteControls
            settings={settings}
            host={page.state === 'ready' ? page.host : undefined}
            onChange={(patch) => void saveSettings(patch).then(setSettings)}
            onOptions={() => void browser.runtime.openOptionsPage()}
          />
        )}
        <a class="link" href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener" data-testid="open-welcome">
          Welcome and keys
        </a>
        {loaded.corpus && <CorpusSummary info={infoOf(loaded.corpus)} />}
      </footer>
    </main>
  );
}

const infoOf = (c: Corpus) => ({
  version: c.version,
  counts: {
    person: c.people.length,
    meeting: c.meetings.length,
    term: c.terms.length,
    office: c.offices.length,
    country: c.countries.length,
  },
});
