import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_SCOPE, makeHighlightNames, marksCss, randomHighlightName } from './mark-css';

describe('highlight names', () => {
  it('are CSS identifiers that differ from draw to draw and say nothing of the product or the kind', () => {
    const a = makeHighlightNames();
    const b = makeHighlightNames();
    const all = [...Object.values(a), ...Object.values(b)];
    expect(new Set(all).size).toBe(all.length);
    for (const n of all) {
      expect(n).toMatch(/^[a-z][a-z0-9]{12}$/);
      expect(n).not.toMatch(/defence|lens/);
    }
  });

  it('a draw that repeats is drawn again, so no two keys share a name', () => {
    let i = 0;
    const names = makeHighlightNames(() => (i++ < 2 ? 'same' : `n${i}`));
    expect(new Set(Object.values(names)).size).toBe(Object.values(names).length);
  });

  it('uses the random source for every character', () => {
    expect(randomHighlightName((n) => new Uint32Array(n).fill(1))).toBe('b111111111111');
  });
});

describe('marksCss', () => {
  const names = makeHighlightNames();
  it('underlines by default, tints with "background", and styles only the flash with "none"', () => {
    const under = marksCss(names, 'underline', 'every-element');
    expect(under).toContain(`\n::highlight(${names.person}) { text-decoration-line: underline`);
    expect(under).toContain(`\n::highlight(${names['person-tint']}) { background-color`);
    const bg = marksCss(names, 'background', 'every-element');
    expect(bg).toContain(`\n::highlight(${names.person}) { background-color`);
    expect(bg).not.toContain('underline dotted');
    const none = marksCss(names, 'none', 'every-element');
    expect(none).toContain(`::highlight(${names.flash})`);
    expect(none).not.toContain(names.person);
    for (const css of [under, bg, none]) expect(css).not.toMatch(/defence|lens|html\[/);
  });

  it('scoped to the root, every rule names the root and the shadow host and nothing matches every element', () => {
    for (const style of ['underline', 'background', 'none'] as const) {
      const rules = marksCss(names, style, 'root').split('\n');
      expect(rules.length).toBeGreaterThan(0);
      for (const line of rules) expect(line).toMatch(/^:root::highlight\(([a-z0-9]+)\), :host::highlight\(\1\) \{ [^{}]+ \}$/);
      // The same declarations as the rules on every element.
      const bodies = (css: string) => css.split('\n').map((l) => l.slice(l.indexOf('{')));
      expect(bodies(marksCss(names, style, 'root'))).toEqual(bodies(marksCss(names, style, 'every-element')));
    }
  });

  it('the build chooses the root in Chromium (highlight inheritance) and every element in Firefox', () => {
    expect(HIGHLIGHT_SCOPE).toBe(import.meta.env.FIREFOX ? 'every-element' : 'root');
    expect(marksCss(names, 'underline')).toBe(marksCss(names, 'underline', HIGHLIGHT_SCOPE));
  });
});
