/**
 * Collects a page's readable text in blocks. Inline elements continue a block, so
 * "<b>Ng</b> Eng Hen" is one run of text; block elements and <br> end one. Skips what must never be
 * marked (form fields, code, scripts, editable and hidden content, the extension's own UI) and walks
 * open shadow roots. Iterative (no recursion), so 5,000 levels of nesting cannot overflow the stack.
 * Uses only firstChild/nextSibling/parentNode, so it runs on a real DOM and on linkedom alike.
 */

export interface TextBlock {
  text: string;
  /** Text nodes of the block in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

// Local names (lower case for HTML, SVG and MathML alike): no case conversion per element.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'button',
]);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
  'big',
  'tt',
]);

/** The attribute that marks the extension's own UI (the card host), which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-defence-lens-ui';

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** Elements that may need skipping for an attribute: one native selector match instead of five reads. */
const SKIP_CANDIDATE = `[hidden],[${OWN_UI_ATTRIBUTE}],[aria-hidden],[style],[contenteditable]`;

function skipElement(el: Element, tag: string): boolean {
  if (SKIP.has(tag)) return true;
  // Most elements have no attribute at all, or none of these: two cheap calls decide it.
  if (!el.hasAttributes() || !el.matches(SKIP_CANDIDATE)) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE) || el.getAttribute('aria-hidden') === 'true') return true;
  // Inline "display: none" is visible in the markup itself, so the CLI (no layout) skips it too.
  const style = el.getAttribute('style');
  if (style !== null && DISPLAY_NONE.test(style)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export interface ExtractOptions {
  /**
   * Extra check for hidden elements, asked of block-level elements only (an inline element rarely
   * hides text, and asking of every <a> and <b> would cost more than it saves): the content script
   * asks the browser's layout, the CLI has none.
   */
  isHidden?: (el: Element) => boolean;
  /** Called with each finished block; when absent, blocks are collected and returned. */
  onBlock?: (block: TextBlock) => void;
}

export function extractBlocks(root: Node, options: ExtractOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const block of iterateBlocks(root, options)) {
    if (options.onBlock) options.onBlock(block);
    else blocks.push(block);
  }
  return blocks;
}

/** The same walk as a generator, so the content script can stop between blocks and yield the thread. */
export function* iterateBlocks(root: Node, options: Pick<ExtractOptions, 'isHidden'> = {}): Generator<TextBlock> {
  let pending: TextBlock | undefined;
  const emit = (b: TextBlock) => {
    pending = b;
  };
  let text = '';
  let nodes: Text[] = [];
  let starts: number[] = [];
  const flush = () => {
    if (nodes.length > 0 && /\S/.test(text)) emit({ text, nodes, starts });
    text = '';
    nodes = [];
    starts = [];
  };

  // Stack of [node, exiting]: walk children first-to-last without recursion.
  let current: Node | null = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const rootNode = current;
  const shadowReturn: Node[] = [];
  while (current) {
    let descend = false;
    if (current.nodeType === 3) {
      const data = (current as Text).data;
      if (data.length > 0) {
        nodes.push(current as Text);
        starts.push(text.length);
        text += data;
      }
    } else if (current.nodeType === 1) {
      const el = current as Element;
      const tag = el.localName;
      const inline = INLINE.has(tag);
      if (skipElement(el, tag) || (!inline && options.isHidden?.(el))) {
        if (!inline) {
          flush();
          if (pending) {
            yield pending;
            pending = undefined;
          }
        }
      } else {
        if (tag === 'br') text += '\n';
        else if (!inline) {
          flush();
          if (pending) {
            yield pending;
            pending = undefined;
          }
        }
        const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
        if (shadow?.firstChild) {
          shadowReturn.push(el);
          current = shadow.firstChild;
          continue;
        }
        descend = el.firstChild !== null;
      }
    }
    if (descend) {
      current = current.firstChild;
      continue;
    }
    // Climb until a next sibling exists; leaving a block element ends its block.
    while (current && current !== rootNode && !current.nextSibling) {
      const parent: Node | null = current.parentNode;
      if (parent && parent.nodeType === 11 && shadowReturn.length > 0) {
        // End of a shadow tree: carry on with the host's light children? They are not rendered; go to the host's sibling.
        current = shadowReturn.pop() as Node;
        flush();
        if (pending) {
          yield pending;
          pending = undefined;
        }
        continue;
      }
      current = parent;
      if (current && current.nodeType === 1 && !INLINE.has((current as Element).localName)) {
        flush();
        if (pending) {
          yield pending;
          pending = undefined;
        }
      }
    }
    if (!current || current === rootNode) break;
    current = current.nextSibling;
  }
  flush();
  if (pending) {
    yield pending;
    pending = undefined;
  }
}

/** The text node and offset in it for a position in a block's text. */
export function locate(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < offset || (!preferEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: Math.min(offset - (starts[lo] as number), node.data.length) };
}
