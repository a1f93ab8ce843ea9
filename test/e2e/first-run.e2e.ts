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
});
