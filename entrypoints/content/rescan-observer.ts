/**
 * Dynamic pages: a mutation observer collects the subtrees that changed, waits until the page has
 * been quiet for a moment (a page that streams in content would otherwise be rescanned per node),
 * then hands the outermost of them to be rescanned.
 */
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import { collectChanged, outermostRoots } from '../../utils/rescan/changed-roots';

const QUIET_MS = 300;

export class RescanObserver {
  private readonly pending = new Set<Node>();
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private readonly observer: MutationObserver;

  constructor({ active, rescan }: { active: () => boolean; rescan: (roots: Node[]) => Promise<void> }) {
    this.observer = new MutationObserver((records) => {
      if (!active()) return;
      collectChanged(records, `[${OWN_UI_ATTRIBUTE}]`, this.pending);
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => {
        const roots = outermostRoots(this.pending);
        this.pending.clear();
        void rescan(roots);
      }, QUIET_MS);
    });
  }

  observe(body: HTMLElement): void {
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }
}
