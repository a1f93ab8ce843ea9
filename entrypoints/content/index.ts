/**
 * Wires the pipeline to the page: settings decide whether to run; the corpus comes from the
 * background; the scanner marks the page in slices; the hover card explains marks; a mutation
 * observer rescans what changed; the popup talks to us through the page protocol.
 */

import matcherSnapshot from 'virtual:defence-lens-matcher-snapshot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Corpus } from '../../utils/corpus/schema';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import type { Matcher } from '../../utils/match/compile-matcher';
import { matcherForCorpus } from '../../utils/match/corpus-matcher';
import { request } from '../../utils/messaging/client';
import type { PlacedMention } from '../../utils/page/place-mentions';
import { stepMention } from '../../utils/page/step-mentions';
import { loadSettings, watchSettings } from '../../utils/settings/settings';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../../utils/settings/settings-model';
import { watchCorpusRevision } from '../../utils/storage/corpus-revision';
import { Marks } from './highlights';
import { HoverCard } from './hover-card';
import './marks.css';
import { answerPageRequest } from './page-requests';
import { PageScanner } from './page-scanner';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without an origin of their own (about:blank, srcdoc) get the script of their parent's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main() {
    const doc = document;
    const root = doc.documentElement;
    let settings: Settings = DEFAULT_SETTINGS;
    let corpus: Corpus | undefined;
    let matcher: Matcher | undefined;
    let active = false;
    const marks = new Marks();
    const scanner = new PageScanner(doc);
    let stepped: PlacedMention | undefined;
    const reveal = (pm: PlacedMention, focus = false) => {
      pm.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      marks.flash(pm.range);
      card.show(pm, true, focus);
    };
    const card: HoverCard = new HoverCard({
      doc,
      corpus: () => corpus,
      index: () => scanner.index,
      date: () => scanner.date,
      settings: () => settings,
      shadowRoots: () => scanner.shadows.roots,
      step: (direction) => {
        if (!active) return;
        const next = stepMention({ placed: scanner.placed, from: card.openFor ?? stepped, direction, kinds: settings.markKinds });
        if (!next) return;
        stepped = next;
        reveal(next, true);
      },
    });
    const kinds = () => settings.markKinds;
    const publish = (state: string) => {
      root.setAttribute('data-defence-lens', state);
      root.setAttribute('data-defence-lens-marks', String(marks.size()));
    };

    async function loadCorpus(): Promise<void> {
      const reply = await request('corpus/snapshot', {});
      corpus = reply;
      // The bundled entries come compiled from the build; only the reader's own records compile here.
      matcher = matcherForCorpus({ snapshot: matcherSnapshot, corpus: reply, userIds: reply.userIds ?? [] });
    }

    async function fullScan(): Promise<void> {
      performance.mark('defence-lens:scan-start');
      if (!corpus || !matcher) await loadCorpus();
      if (!corpus || !matcher || !active) return;
      scanner.reset(marks);
      const n = await scanner.scanAll({ corpus, matcher, marks, kinds });
      if (n < 0) return; // superseded by a newer scan
      // The scan ends when the marks are registered: at once, or on a page with very many marks when
      // those near the viewport are (the observer's first report, at the next frame).
      marks.whenRegistered(() => performance.measure('defence-lens:scan', 'defence-lens:scan-start'));
      publish(`ready ${corpus.version}`);
      // Only pages (and frames) with something to hover get the card's host.
      if (n > 0) card.warmUp();
    }

    function applyStyle(): void {
      // The default style needs no attribute, and an attribute that does not change is not set
      // again: either would make the browser restyle the whole page before the scan can read it.
      const want = settings.markStyle === 'underline' ? null : settings.markStyle;
      if (root.getAttribute('data-defence-lens-style') === want) return;
      if (want === null) root.removeAttribute('data-defence-lens-style');
      else root.setAttribute('data-defence-lens-style', want);
    }

    async function applySettings(next: Settings): Promise<void> {
      const before = { active, kinds: settings.markKinds.join() };
      settings = next;
      applyStyle();
      active = isActiveOn(settings, location.hostname);
      if (!active) {
        scanner.reset(marks);
        card.detach();
        publish(corpus ? `off ${corpus.version}` : 'off');
        return;
      }
      card.attach();
      if (!before.active) await fullScan();
      else if (before.kinds !== settings.markKinds.join()) {
        marks.clear();
        marks.add(scanner.placed, settings.markKinds);
        marks.commit();
        publish(`ready ${corpus?.version ?? ''}`);
      }
    }

    // Dynamic pages: collect changed subtrees, debounce, rescan only those.
    const pending = new Set<Node>();
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      if (!active) return;
      for (const r of records) {
        const target = r.target.nodeType === 3 ? r.target.parentNode : r.target;
        if (!target || (target as Element).closest?.(`[${OWN_UI_ATTRIBUTE}]`)) continue;
        if (r.type === 'childList')
          for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) pending.add(n.nodeType === 3 ? (n.parentNode ?? n) : n);
        if (r.type === 'characterData') pending.add(target);
      }
      clearTimeout(debounce);
      debounce = setTimeout(async () => {
        // Keep only outermost roots.
        const roots = [...pending].filter((n, _, all) => n.isConnected && !all.some((o) => o !== n && o.contains(n)));
        pending.clear();
        if (!corpus || !matcher || roots.length === 0) return;
        await scanner.scanRoots({ corpus, matcher, marks, kinds }, roots);
        publish(`ready ${corpus.version}`);
      }, 300);
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: unknown } | null;
      if (!m || typeof m.type !== 'string' || !m.type.startsWith('page/') || window !== window.top) return undefined;
      return answerPageRequest(m, {
        scanner,
        reveal,
        active: () => active,
        rescan: async (date) => {
          scanner.dateOverride = date;
          await fullScan();
        },
      });
    });

    try {
      settings = await loadSettings();
      watchSettings((s) => void applySettings(s));
      watchCorpusRevision(async () => {
        await loadCorpus();
        if (active) await fullScan();
      });
      await applySettings(settings);
      if (!active) publish('off');
      if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    } catch (error) {
      publish('error');
      console.warn('Defence Lens: could not start', error);
    }
  },
});
