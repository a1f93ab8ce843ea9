import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundleSizes } from './bundle-size';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  mkdirSync(join(dir, 'chunks'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'content-scripts'));
  const manifest = {
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    options_ui: { page: 'options.html' },
    content_scripts: [{ js: ['content-scripts/content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // The background injects the controller's script on demand (scripting.executeScript).
  writeFileSync(join(dir, 'background.js'), 'const f="/content-controller.js";chrome.scripting.executeScript({files:[f]})');
  writeFileSync(join(dir, 'content-controller.js'), 'let controller=1;');
  // A content script embedding a large snapshot literal, as the matcher snapshot plugin makes it.
  const snapshot = Array.from({ length: 3000 }, (_, i) => `n${(i * 7919) % 1000}`).join(',');
  writeFileSync(
    join(dir, 'content-scripts/content.js'),
    `${'let x=1;'.repeat(5000)}const s=JSON.parse(\`"${snapshot}"\`);JSON.parse("[1]");`,
  );
  writeFileSync(
    join(dir, 'popup.html'),
    '<script type="module" src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/popup-1.css">',
  );
  writeFileSync(join(dir, 'options.html'), '<script type="module" src="/chunks/options-1.js"></script>');
  writeFileSync(join(dir, 'chunks/popup-1.js'), 'import{a}from"./client-1.js";const l=()=>import("./lazy-1.js");');
  writeFileSync(join(dir, 'chunks/options-1.js'), 'import{a}from"./client-1.js";');
  writeFileSync(join(dir, 'chunks/client-1.js'), 'export const a=1;');
  writeFileSync(join(dir, 'chunks/lazy-1.js'), 'export const b=2;');
  writeFileSync(join(dir, 'assets/popup-1.css'), 'body{color:red}');
  return dir;
}

describe('measureBundleSizes', () => {
  it('counts each entrypoint with its stylesheets and static imports, lists dynamic imports apart', () => {
    const sizes = measureBundleSizes(fakeBuild());
    if (!('kb' in sizes.popup) || !('kb' in sizes.options) || !('kb' in sizes.content)) throw new Error('missing entrypoint');
    expect(sizes.popup.files.sort()).toEqual(['assets/popup-1.css', 'chunks/client-1.js', 'chunks/popup-1.js']);
    expect(sizes.popup.lazy).toEqual(['chunks/lazy-1.js']);
    expect(sizes.options.files.sort()).toEqual(['chunks/client-1.js', 'chunks/options-1.js']);
    // 40,000 repeated bytes gzip to well under 1 KB; the snapshot literal is most of the rest.
    expect(sizes.content.kb).toBeGreaterThan(1);
    expect(sizes.content.withoutSnapshotKb).toBeLessThan(0.5);
    expect(sizes.popup.withoutSnapshotKb).toBeUndefined();
  });

  it('lists the scripts the background injects apart from the content script, with their size, not in its kb', () => {
    const sizes = measureBundleSizes(fakeBuild());
    if (!('kb' in sizes.content)) throw new Error('missing content script');
    expect(sizes.content.files).toEqual(['content-scripts/content.js']);
    expect(sizes.content.injected).toEqual(['content-controller.js']);
    expect(sizes.content.onDemandKb).toBeGreaterThan(0);
  });
});
