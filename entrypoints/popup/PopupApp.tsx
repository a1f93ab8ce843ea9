/**
 * The toolbar popup: search the corpus, see what the current page mentions, switch Defence Lens
 * on or off. The corpus snapshot comes from the background once per open; the search index is
 * built from it here (its build time and per-keystroke times are recorded for measurement).
 */

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusSummary } from '../../components/CorpusSummary';
import { CARD_CSS } from '../../components/card';
import { PagePanel } from '../../components/popup/PagePanel';
import { askPage, targetTabId } from '../../components/popup/page-link';
import { SearchPanel } from '../../components/popup/SearchPanel';
import { SiteControls } from '../../components/popup/SiteControls';
import { usePage } from '../../components/popup/use-page';
import { useLoad } from '../../components/use-request';
import type { Corpus } from '../../utils/corpus/schema';
import { request } from '../../utils/messaging/client';
import { buildCorpusSearch } from '../../utils/search/search-index';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings/settings';
import { isActiveOn, type Settings } from '../../utils/settings/settings-model';
import { recordBuild, recordFirstRender, recordKeystroke } from './popup-timings';
import { usePrefersDark } from './use-prefers-dark';

type Tab = 'search' | 'page';

export function PopupApp() {
  const [snapshot] = useLoad(() => request('corpus/snapshot', {}));
  const [settings, setSettings] = useState<Settings | undefined>();
  const [tab, setTab] = useState<Tab>('search');
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

  const search = useMemo(() => (snapshot.state === 'ready' ? recordBuild(() => buildCorpusSearch(snapshot.value)) : undefined), [snapshot]);

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  useEffect(() => {
    if (search) recordFirstRender();
  }, [search]);

  return (
    <main class="popup">
      <style>{CARD_CSS.replace(':host { all: initial; }', '')}</style>
      <header class="top">
        <h1>Defence Lens</h1>
        <div role="tablist" aria-label="Views" class="tabs">
          <button type="button" role="tab" aria-selected={tab === 'search'} data-testid="tab-search" onClick={() => setTab('search')}>
            Search
          </button>
          <button type="button" role="tab" aria-selected={tab === 'page'} data-testid="tab-page" onClick={() => setTab('page')}>
            On this page{page.state === 'ready' && page.mentions.length > 0 ? ` (${new Set(page.mentions.map((m) => m.id)).size})` : ''}
          </button>
        </div>
      </header>
      <div class="body">
        {tab === 'search' &&
          (snapshot.state === 'loading' ? (
            <p class="empty">Loading the corpus…</p>
          ) : snapshot.state === 'error' ? (
            <p role="alert">Could not reach the corpus: {snapshot.error}</p>
          ) : (
            search && <SearchPanel corpus={snapshot.value} search={search} dark={dark} onTimed={recordKeystroke} />
          ))}
        {tab === 'page' && (
          <PagePanel
            page={page}
            onReveal={async (id) => (ready && tabId ? (await askPage(tabId, 'page/reveal', { id })).found : false)}
            onSetDate={async (date) => {
              if (!tabId) return;
              await askPage(tabId, 'page/set-date', { date });
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
        {snapshot.state === 'ready' && <CorpusSummary info={infoOf(snapshot.value)} />}
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
