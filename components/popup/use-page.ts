/** The popup's view of the target tab: loads 'page/mentions', and reloads when asked. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { askPage, hostOf } from './page-link';

export type PageView =
  | { state: 'loading' }
  | { state: 'unreadable'; error: string }
  | { state: 'ready'; url: string; host: string | undefined; date: ArticleDate; mentions: Mention[]; active: boolean };

export function usePage(tabId: number | undefined, isActiveOn: (host: string) => boolean) {
  const [page, setPage] = useState<PageView>({ state: 'loading' });

  const reload = useCallback(async () => {
    if (tabId === undefined) {
      setPage({ state: 'unreadable', error: 'no tab' });
      return;
    }
    try {
      const data = await askPage(tabId, 'page/mentions', {});
      const host = hostOf(data.url);
      setPage({ state: 'ready', ...data, host, active: host ? isActiveOn(host) : true });
    } catch (error) {
      setPage({ state: 'unreadable', error: error instanceof Error ? error.message : String(error) });
    }
  }, [tabId, isActiveOn]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { page, reload };
}
