/**
 * Gzipped size of each entrypoint of the built Chrome extension, with the files it loads up front:
 * the manifest names the content script and the service worker, the HTML pages name their scripts,
 * modulepreloads and stylesheets, and each script's static `import … from "./chunk.js"` is followed.
 * A chunk shared by two entrypoints counts in both (each pays for it when it loads). Dynamic
 * imports are loaded later, so they are listed apart and not counted. Gzip at level 9, as a
 * browser store or CDN would serve it; sizes in KB of 1024 bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrypointSize {
  kb: number;
  /** The same without the matcher snapshot (see withoutSnapshot), when the entrypoint embeds one. */
  withoutSnapshotKb?: number;
  files: string[];
  /** Files reached only through dynamic import(): loaded on demand, not counted in kb. */
  lazy: string[];
  /**
   * Content only: the scripts the background injects into a frame on demand (scripting.executeScript,
   * named in the service worker's code): the controller, which only a page whose first pass found a
   * key loads. Not counted in kb; their gzipped size is onDemandKb.
   */
  injected?: string[];
  onDemandKb?: number;
}

export type BundleSizes = Record<'content' | 'background' | 'popup' | 'options', EntrypointSize | { missing: string }>;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

function resolveFrom(outDir: string, fromFile: string, spec: string): string {
  const path = spec.startsWith('/') ? join(outDir, spec) : join(dirname(join(outDir, fromFile)), spec);
  return relative(outDir, normalize(path));
}

/** Every file an entrypoint loads before running, starting from its roots, following static imports. */
function closure(outDir: string, roots: string[]): { files: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(join(outDir, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(resolveFrom(outDir, file, m[1] as string));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolveFrom(outDir, file, m[1] as string));
  }
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

function htmlRoots(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return refs.map((ref) => resolveFrom(outDir, page, ref));
}

export function gzippedKb(outDir: string, files: string[], transform: (code: string) => string = (c) => c): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(transform(readFileSync(join(outDir, f), 'utf8')), { level: 9 }).length, 0);
  return bytes / 1024;
}

/** Above this many characters a JSON.parse literal is data, not code. */
const SNAPSHOT_MIN_CHARS = 10_000;
const JSON_PARSE_LITERAL = /JSON\.parse\((`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/g;

/**
 * The code without the build-time matcher snapshot, which the content script embeds as one large
 * `JSON.parse("…")` literal (scripts/build/matcher-snapshot-plugin.ts): every such literal over
 * 10,000 characters is replaced by an empty object. The size target excludes the snapshot.
 */
export function withoutSnapshot(code: string): string {
  return code.replace(JSON_PARSE_LITERAL, (whole, literal: string) => (literal.length > SNAPSHOT_MIN_CHARS ? 'JSON.parse("{}")' : whole));
}

const ROOT_SCRIPT_LITERAL = /["'`]\/([\w-]+\.js)["'`]/g;

/** Scripts at the output's root that the background names by path (the files it gives executeScript), other than the manifest's own. */
function injectedScripts(outDir: string, background: string[], manifestScripts: string[]): string[] {
  const found = new Set<string>();
  for (const file of background) {
    if (!existsSync(join(outDir, file))) continue;
    for (const m of readFileSync(join(outDir, file), 'utf8').matchAll(ROOT_SCRIPT_LITERAL)) {
      const name = m[1] as string;
      if (existsSync(join(outDir, name)) && !background.includes(name) && !manifestScripts.includes(name)) found.add(name);
    }
  }
  return [...found];
}

export function measureBundleSizes(outDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    browser_action?: { default_popup?: string };
    options_ui?: { page?: string };
    options_page?: string;
  };
  const size = (roots: string[] | undefined, what: string): EntrypointSize | { missing: string } => {
    if (!roots || roots.length === 0) return { missing: `no ${what} in the manifest` };
    const { files, lazy } = closure(outDir, roots);
    const kb = gzippedKb(outDir, files);
    const withoutSnapshotKb = gzippedKb(outDir, files, withoutSnapshot);
    return { kb, files, lazy, ...(withoutSnapshotKb < kb - 0.05 ? { withoutSnapshotKb } : {}) };
  };
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts;
  const content = manifest.content_scripts?.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const contentSize = size(content, 'content script');
  const injected = injectedScripts(outDir, background ?? [], content ?? []);
  if ('kb' in contentSize && injected.length > 0) {
    contentSize.injected = injected;
    contentSize.onDemandKb = gzippedKb(outDir, closure(outDir, injected).files);
  }
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  return {
    content: contentSize,
    background: size(background, 'background'),
    popup: size(popup ? htmlRoots(outDir, popup) : undefined, 'popup'),
    options: size(options ? htmlRoots(outDir, options) : undefined, 'options page'),
  };
}
