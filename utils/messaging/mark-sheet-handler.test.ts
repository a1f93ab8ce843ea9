import { describe, expect, it } from 'vitest';
import { makeHighlightNames, marksCss } from '../page/mark-css';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-model';
import { createMarkSheetHandler } from './mark-sheet-handler';
import { requestSchemas } from './protocol';

const self = { id: 'ext' };
const sender = { id: 'ext', url: 'https://news.example/a', tabId: 4, frameId: 2 };

function handler(settings: Partial<Settings> = {}) {
  const calls: { op: string; target: unknown; css: string }[] = [];
  const handle = createMarkSheetHandler(
    {
      insert: async (target, css) => void calls.push({ op: 'insert', target, css }),
      remove: async (target, css) => void calls.push({ op: 'remove', target, css }),
      settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    },
    self,
  );
  return { handle, calls };
}

describe('content/mark-sheet', () => {
  const names = makeHighlightNames();

  it("inserts the marks' rules in the reader's style into the asking frame only", async () => {
    const { handle, calls } = handler({ markStyle: 'background' });
    expect(await handle({ op: 'insert', names, hostname: 'news.example' }, { sender })).toEqual({ style: 'background' });
    expect(calls).toEqual([{ op: 'insert', target: { tabId: 4, frameId: 2 }, css: marksCss(names, 'background') }]);
  });

  it('inserts nothing where the extension is off for the site', async () => {
    const { handle, calls } = handler({ disabledSites: ['news.example'] });
    expect(await handle({ op: 'insert', names, hostname: 'news.example' }, { sender })).toEqual({ style: null });
    expect(calls).toEqual([]);
  });

  it('removes exactly the sheet inserted in the given style', async () => {
    const { handle, calls } = handler();
    expect(await handle({ op: 'remove', names, hostname: 'news.example', style: 'underline' }, { sender })).toEqual({ style: null });
    expect(calls).toEqual([{ op: 'remove', target: { tabId: 4, frameId: 2 }, css: marksCss(names, 'underline') }]);
    await expect(handle({ op: 'remove', names, hostname: 'news.example' }, { sender })).rejects.toThrow(/style/);
  });

  it('refuses a sender that is not a content script of this extension', async () => {
    const { handle, calls } = handler();
    for (const bad of [undefined, { ...sender, id: 'other' }, { id: 'ext', url: 'chrome-extension://ext/options.html' }]) {
      await expect(handle({ op: 'insert', names, hostname: 'x' }, { sender: bad })).rejects.toThrow(/content script/);
    }
    expect(calls).toEqual([]);
  });

  it('takes only names as the content script draws them: nothing else reaches the CSS', () => {
    const schema = requestSchemas['content/mark-sheet'];
    expect(schema.safeParse({ op: 'insert', names, hostname: 'a' }).success).toBe(true);
    const bad = [
      { ...names, person: 'x){}*{display:none}' },
      { ...names, person: names.term },
      { ...names, extra: 'abcdefghijklm' },
      Object.fromEntries(Object.entries(names).slice(1)),
      [],
    ];
    for (const b of bad) expect(schema.safeParse({ op: 'insert', names: b, hostname: 'a' }).success).toBe(false);
  });
});
