// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../scripts/lib/english-words';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildDictionary } from '../dictionary/build-dictionary';
import type { PageText } from '../extract/page-text';
import { compileMatcher } from '../match/compile-matcher';
import { analyseText } from '../pipeline/page-pipeline';
import { Prefilter } from './page-prefilter';
import { foldString, prefilterKeys } from './prefilter-keys';

const corpus = loadBundledCorpus();
const folds = foldString();
// The keys exactly as the build makes them (scripts/build/matcher-snapshot-plugin.ts).
const prefilter = new Prefilter({
  version: corpus.version,
  keys: prefilterKeys(corpus, { folds, common: new Set(englishWords()) }).join('\n'),
  folds,
});

const LOCAL_NEWS =
  'The town council in Millbrook approved plans for a new cycle path after a long debate. Volunteers at the food bank ' +
  'welcomed longer opening hours, and the bowls tournament was postponed because of heavy rain.';

describe('prefilter', () => {
  it('lets through every dictionary form, written as the corpus writes it, inside a sentence', () => {
    const missed = buildDictionary(corpus)
      // Initials as a name-variant anchor ("A.K.") have no key of their own (prefilter-keys.ts).
      .filter((e) => !(e.kind === 'name-part' && /^(?:\p{Lu}\.\s?)+$/u.test(e.form)))
      .map((e) => e.form)
      .filter((form) => !prefilter.textHasKey(`Reports said that ${form}, too.`));
    expect(missed).toEqual([]);
  });

  it('turns away a local-news page with nothing to find, which the pipeline agrees has no mention', () => {
    expect(prefilter.textHasKey(LOCAL_NEWS)).toBe(false);
    const page: PageText = { text: LOCAL_NEWS, blocks: [{ text: LOCAL_NEWS } as PageText['blocks'][number]], blockStarts: [0] } as PageText;
    expect(analyseText({ page, matcher: compileMatcher(buildDictionary(corpus)), corpus, date: { date: null, source: 'none' } })).toEqual(
      [],
    );
  });

  it('reads a name part only where it is capitalised, folded (diacritics, soft hyphens)', () => {
    expect(prefilter.textHasKey('Prabowo arrived.')).toBe(true);
    expect(prefilter.textHasKey('Pra\u00adbowo arrived.')).toBe(true);
    expect(prefilter.textHasKey('PRABOWO arrived.')).toBe(true);
    expect(prefilter.textHasKey('prabowo arrived.')).toBe(false);
  });

  it('finds a word split over inline elements, or glued to the block before it, and text in open shadow roots', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML = '<h2>News</h2><p><b>Pra</b>bowo spoke</p>';
    expect(prefilter.nodesHaveKey([doc])).toBe(true);
    doc.body.innerHTML = `<p>${LOCAL_NEWS}</p><script>var x = "Prabowo";</script><div id="host"></div>`;
    expect(prefilter.nodesHaveKey([doc])).toBe(false);
    const host = doc.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>The ADMM met.</p>';
    expect(prefilter.nodesHaveKey([doc])).toBe(true);
  });

  it('takes more keys at run time (the reader’s own records)', () => {
    const p = new Prefilter({ version: 'x', keys: 'asean', folds });
    expect(p.textHasKey('Zorblatt visited.')).toBe(false);
    p.addKeys(['^zorblatt']);
    expect(p.textHasKey('Zorblatt visited.')).toBe(true);
    expect(p.textHasKey('zorblatt visited.')).toBe(false);
  });

  it('reads a huge text node in parts over many slices, and finds a key that straddles two parts', async () => {
    // 65,536 units a part (page-prefilter.ts): "Prabowo" starts 3 units before the end of the first.
    const filler = `${LOCAL_NEWS} `.repeat(Math.ceil(70_000 / (LOCAL_NEWS.length + 1)));
    const cut = 65_536 - 3;
    const withKey = `${filler.slice(0, cut - 1)} Prabowo ${filler.slice(cut + 8)}`;
    expect(withKey.indexOf('Prabowo')).toBe(cut);
    const doc = document.implementation.createHTMLDocument('t');
    const sliced = async () => {
      let pauses = 0;
      const found = await prefilter.nodesHaveKeySliced([doc], {
        spent: () => true,
        pause: async () => {
          pauses++;
        },
      });
      return { found, pauses };
    };
    doc.body.innerHTML = `<p>${filler}</p><p>${LOCAL_NEWS}</p>`;
    expect(prefilter.nodesHaveKey([doc])).toBe(false);
    expect((await sliced()).found).toBe(false);
    doc.body.innerHTML = `<p>${withKey}</p>`;
    expect(prefilter.nodesHaveKey([doc])).toBe(true);
    const { found, pauses } = await sliced();
    expect(found).toBe(true);
    expect(pauses).toBeGreaterThan(0);
    // A word split over two text nodes still counts, read in slices too.
    doc.body.innerHTML = `<p>${LOCAL_NEWS} Pra<b>bowo</b> spoke.</p>`;
    expect((await sliced()).found).toBe(true);
  });
});
