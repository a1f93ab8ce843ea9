import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { startFixtureServer } from './support/fixture-server';
import { contentState, waitForContentState } from './support/isolated-world';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('the extension in real Chromium', () => {
  it('the content script on a news page gets the background corpus version', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const state = await contentState(page);
    expect(state).toMatch(/^ready \d{4}\.\d{2}\.\d{2}(\.\d+)?$/);
  });

  it('the popup renders what the corpus holds', async () => {
    e2e = await startE2E();
    const popup = await e2e.openExtensionPage('popup.html');
    const summary = await popup.locator('[data-testid=corpus-summary]').textContent({ timeout: 20_000 });
    expect(summary).toMatch(/\d+ people · \d+ meetings · \d+ terms/);
  });

  it('a record saved in the options page is still in IndexedDB after the browser restarts', async () => {
    const server = await startFixtureServer();
    e2e = await startE2E({ server });
    const profileDir = e2e.profileDir;
    const options = await e2e.openExtensionPage('options.html');
    await options.getByRole('tab', { name: /^Terms/ }).click();
    await options.getByRole('button', { name: 'Add a term' }).click();
    const form = options.locator('[data-testid=record-form]');
    await form.locator('[name=label]').fill('Reader Test Mechanism');
    await form.locator('[name=definition]').fill('A term typed into the options page by an end-to-end test.');
    await form.locator('[name="sources.0.title"]').fill('Reader note');
    await form.locator('[name="sources.0.publisher"]').fill('Reader');
    await form.locator('[name="sources.0.url"]').fill('https://example.org/reader-note');
    expect(await form.locator('[name=id]').inputValue()).toBe('reader-test-mechanism');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('[data-testid=user-records]').textContent()).toContain('Reader Test Mechanism');
    await e2e.close();

    e2e = await startE2E({ server, profileDir });
    const again = await e2e.openExtensionPage('options.html');
    const list = again.locator('[data-testid=user-records]');
    await expect.poll(() => list.textContent(), { timeout: 20_000 }).toContain('Reader Test Mechanism');
    // Read IndexedDB directly too, not only through the UI.
    const stored = await again.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('defence-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('user').objectStore('user').get('reader-test-mechanism');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(stored).toMatchObject({ kind: 'term', origin: 'user', record: { label: 'Reader Test Mechanism' } });
    await server.close();
  });

  it('the extension makes no network request of its own', async () => {
    e2e = await startE2E();
    const seen: string[] = [];
    e2e.context.on('request', (r) => seen.push(r.url()));
    const fixtureOrigin = e2e.server.origin;
    const page = await e2e.openFixture('jakarta-asean-japan.html');
    await page.reload();
    await waitForContentState(page, 'ready');
    const popup = await e2e.openExtensionPage('popup.html');
    await popup.locator('[data-testid=corpus-summary]').waitFor();
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('[data-testid=corpus-summary]').waitFor();
    await page.waitForTimeout(500);
    const foreign = seen.filter(
      (url) =>
        !url.startsWith(`chrome-extension://${e2e?.extensionId}/`) && !url.startsWith(`${fixtureOrigin}/`) && !url.startsWith('data:'),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    // The fixture pages themselves only load what the test asked for: no beacon from the content script.
    const fromFixture = seen.filter((url) => url.startsWith(`${fixtureOrigin}/`));
    expect(fromFixture.every((url) => /jakarta-asean-japan\.html$/.test(url))).toBe(true);
  });

  it('the background answers an unknown or malformed message with an error, not a crash', async () => {
    e2e = await startE2E();
    const popup = await e2e.openExtensionPage('popup.html');
    const replies = await popup.evaluate(async () => {
      type Chrome = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const send = (m: unknown) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m);
      return [
        await send({ type: 'no/such-thing', payload: {} }),
        await send({ type: 'record/get', payload: { nope: 1 } }),
        await send('just a string'),
        await send({ type: 'ping', payload: {} }),
      ];
    });
    expect(replies[0]).toEqual({ ok: false, error: 'unknown message type "no/such-thing"' });
    expect(replies[1]).toMatchObject({ ok: false });
    expect(replies[2]).toMatchObject({ ok: false, error: expect.stringContaining('malformed') });
    expect(replies[3]).toMatchObject({ ok: true, data: { pong: true } });
  });

  it('a page that breaks globals does not stop the content script', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hostile/broken-globals.html');
    expect(await contentState(page)).toMatch(/^ready/);
    expect(await page.evaluate(() => (window as unknown as { hostileRan: boolean }).hostileRan)).toBe(true);
  });
});
