/**
 * Puts a citation on the clipboard: plain text and HTML (with the source as a link) in one
 * ClipboardItem where the browser takes it, plain text otherwise. Markdown goes as plain text on
 * its own button, since no clipboard type for it is shared between browsers and editors.
 */
import type { Citation } from '../../utils/cite/cite-parts';

export type CopyResult = 'rich' | 'plain' | 'failed';

export async function writeCitation(citation: Citation, { as = 'rich' }: { as?: 'rich' | 'markdown' } = {}): Promise<CopyResult> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) return 'failed';
  if (as === 'rich' && typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([citation.plain], { type: 'text/plain' }),
          'text/html': new Blob([citation.html], { type: 'text/html' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Some contexts refuse rich items (Firefox before 127, a denied permission): plain text still helps.
    }
  }
  try {
    await clipboard.writeText(as === 'markdown' ? citation.markdown : citation.plain);
    return 'plain';
  } catch {
    return 'failed';
  }
}
