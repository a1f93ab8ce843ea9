/**
 * Issue 18, start well: a new install opens the welcome page once (not again when the browser
 * restarts on the same profile), and the manifest binds a key that opens the popup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitForWelcome } from '../../scripts/lib/launch-extension';
import { type E2E, startE2E } from './support/extension';
import { startFixtureServer } from './support/fixture-server';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('first run', () => {
  it('installing opens the welcome page in a tab, and a restart on the same profile does not open it again', async () => {
    const server = await startFixtureServer();
    e2e = await startE2E({ server, welcome: 'keep' });
    const welcome = await waitForWelcome(e2e.context, e2e.extensionId);
    expect(welcome?.url()).toBe(e2e.extensionUrl('welcome.html'));
    await welcome?.waitForSelector('html[data-welcome=ready]');
    expect(await welcome?.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Defence Lens');

    const { profileDir } = e2e;
    await e2e.close();
    e2e = await startE2E({ server, profileDir, welcome: 'keep' });
    // The worker is up; give a stray onInstalled time to open a tab before looking.
    expect(await waitForWelcome(e2e.context, e2e.extensionId, 3000)).toBeUndefined();
    await e2e.close();
    e2e = undefined;
    await server.close();
  });

  it('the popup has a keyboard command of its own (Alt+Shift+D), listed on the options page', async () => {
    e2e = await startE2E();
    const commands = await e2e.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome;
      return c.commands.getAll();
    });
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+D');
    const options = await e2e.openExtensionPage('options.html');
    await expect.poll(() => options.getByTestId('shortcuts').textContent()).toContain('Open the Defence Lens popup: Alt+Shift+D');
  });

  it("the welcome page's practice paragraph: hovering a marked name shows the real card, a flagged one its correction; Tab reaches the marks, Escape closes", async () => {
    e2e = await startE2E();
    const welcome = await e2e.openExtensionPage('welcome.html');
    const marks = welcome.getByTestId('practice-mark');
    expect(await marks.allTextContents()).toEqual(['Ng Eng Hen', 'Aston Carter', 'ADMM-Plus']);
    const shell = welcome.getByTestId('practice-card').locator('[data-testid=defence-lens-card]');
    await marks.nth(1).hover();
    await expect.poll(() => shell.count(), { timeout: 10_000 }).toBe(1);
    const text = (await shell.textContent()) ?? '';
    expect(text).toContain('Likely misspelling of Ashton Carter');
    expect(text).toContain('On 2016-09-30: Secretary of Defense');
    expect(await shell.getByTestId('card-copy').count()).toBe(1);
    await welcome.keyboard.press('Escape');
    await expect.poll(() => shell.count()).toBe(0);
    await marks.nth(0).focus();
    await expect.poll(() => shell.locator('h2').textContent()).toBe('Ng Eng Hen');
    expect(await marks.nth(0).getAttribute('aria-expanded')).toBe('true');
  });
});
