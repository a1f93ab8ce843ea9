/**
 * Collects a page's readable text in blocks, as the reader sees it laid out. Inline content continues
 * a block, so "<b>Ng</b> Eng Hen" is one run of text; a box of its own (a block, an inline-block, a
 * flex or grid item) and <br> end one (layout-rules.ts decides which is which, by tag or by the
 * rendered display). Skips what must never be marked (form fields, code, scripts, editable and hidden
 * content, a closed <details> but its summary, footnote markers, the extension's own UI). Reads a
 * shadow host's shadow tree in place of its children, and slotted light DOM where its slot renders it.
 * Iterative (no recursion), so 5,000 levels of nesting cannot overflow the stack. Uses only
 * firstChild/nextSibling/parentNode and attributes, so it runs on a real DOM and on linkedom alike.
 */
import {
  ATTRIBUTE_CANDIDATE,
  continuesText,
  INLINE,
  inlineStyleDisplay,
  isCustomElement,
  isFootnoteMarker,
  laysOutItems,
  mayBeRestyled,
  OWN_UI_ATTRIBUTE,
  SKIP,
  SKIP_CANDIDATE,
} from './layout-rules';

export { OWN_UI_ATTRIBUTE } from './layout-rules';

export interface TextBlock {
  text: string;
  /** Text nodes of the block in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const DETAILS = 1;
const ITEMS = 2;
/** A restyled block whose display was not asked yet: asked when a child would be inline content. */
const UNASKED = 3;
/** The same, after one run of inline content. */
const UNASKED_ONE = 4;
const PLAIN = 0;

// What the walk knows of an open block's visibility (bits), settled when it first holds text.
/** The block and all its ancestors have a box (none is display: none or content-visibility: hidden). */
const RENDERED = 1;
/** The block's own text shows. */
const SHOWN = 2;
const HIDDEN = 4;
/** displayOf said the block itself shows (not none, visible): it shows if its parent is rendered. */
const ASKED_SHOWN = 8;

/**
 * Whether inline content follows a block (skipping white space): if the block were inline, it
 * would join it. (Content before it is known from the text gathered so far, without a DOM read.)
 */
function beforeInlineContent(el: Element): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) return true;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).localName;
      return INLINE.has(tag) || isCustomElement(tag);
    }
  }
  return false;
}

/** Whether a node is inline content: text that shows, or an inline element. */
function isInlineContent(n: Node): boolean {
  if (n.nodeType === 3) return /\S/.test((n as Text).data);
  return n.nodeType === 1 && (INLINE.has((n as Element).localName) || isCustomElement((n as Element).localName));
}

function skippedForAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE) || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

export interface ExtractOptions {
  /**
   * Extra check for hidden elements: the content script asks the browser's layout, the CLI has none.
   * Asked of the walk's root, and of a block element when it first holds text, unless its display
   * was asked and its parent is known to render (an inline element rarely hides text, and asking of
   * every <a> and <b> would cost more than it saves). Containers whose children are all blocks are
   * never asked: each child that holds text is, and it shows only if its ancestors do. A `false`
   * means the element and all its ancestors render (an element without a box, `display: contents`,
   * is hidden only if its parent is), and is taken as such for the blocks around it.
   */
  isHidden?: (el: Element) => boolean;
  /**
   * The element's rendered display ('none' too for an element whose text the reader cannot see),
   * asked only where the tag cannot decide (layout-rules.ts: custom elements and elements with a
   * class, style or id), at most once per element per walk. The content script reads computed
   * style; without it only the inline style attribute is read.
   */
  displayOf?: (el: Element) => string;
  /** Told of each shadow root the walk reads (the content script watches them for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
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

/** Subtrees read in place of an element's children: its shadow root, or what a slot shows. */
interface Frame {
  roots: ArrayLike<Node>;
  index: number;
  /** The host or slot, left when the frame ends. */
  owner: Node;
  outerRoot: Node;
  /** Whether the enclosing frame's roots are flex or grid items, restored when this frame ends. */
  outerItems: boolean;
}

type SlotLike = Element & { assignedNodes?: (o: { flatten: boolean }) => Node[] };

/** The same walk as a generator, so the content script can stop between blocks and yield the thread. */
export function* iterateBlocks(
  root: Node,
  options: Pick<ExtractOptions, 'isHidden' | 'displayOf' | 'onShadowRoot'> = {},
): Generator<TextBlock> {
  const { isHidden, onShadowRoot } = options;
  const displayOf = options.displayOf ?? inlineStyleDisplay;
  // Reading the style attribute costs next to nothing: without a browser, every candidate is read.
  const cheapStyle = options.displayOf === undefined;
  const ready: TextBlock[] = [];
  let text = '';
  let nodes: Text[] = [];
  let starts: number[] = [];
  // A footnote marker was left out: keep the words either side of it apart.
  let markerGap = false;
  // Called at every block boundary, most often with nothing gathered (a container's white space):
  // the arrays are handed on only with a block, else emptied in place (no allocation per boundary).
  const flush = () => {
    if (nodes.length > 0) {
      if (/\S/.test(text) && blockShows()) {
        ready.push({ text, nodes, starts });
        nodes = [];
        starts = [];
      } else {
        nodes.length = 0;
        starts.length = 0;
      }
    }
    text = '';
    markerGap = false;
  };

  // Open ancestors that end a block when the walk leaves them, and those whose children are laid
  // out apart (flex and grid items, the content of a closed <details>). Only the deepest of each
  // can be a node's parent, so one identity check per node decides.
  const blocks: Element[] = [];
  const blockState: number[] = [];
  let blockTop: Node | null = null;
  const pushBlock = (el: Element, state: number) => {
    blocks.push(el);
    blockState.push(state);
    blockTop = el;
  };
  /**
   * Whether the open block's text shows, asked once per block and only of a block that holds text:
   * most containers (an article, a list, a comment thread) hold only blocks, and are never asked.
   */
  const blockShows = (): boolean => {
    const i = blocks.length - 1;
    if (!isHidden || i < 0) return true;
    const state = blockState[i] as number;
    if (state & SHOWN) return true;
    if (state & HIDDEN) return false;
    if (state & ASKED_SHOWN && i > 0 && (blockState[i - 1] as number) & RENDERED) {
      blockState[i] = state | RENDERED | SHOWN;
      return true;
    }
    if (isHidden(blocks[i] as Element)) {
      blockState[i] = state | HIDDEN;
      return false;
    }
    // Shown: so every ancestor has a box, and a child whose own display says it shows needs no question.
    blockState[i] = state | RENDERED | SHOWN;
    for (let j = i - 1; j >= 0 && !((blockState[j] as number) & RENDERED); j--) blockState[j] = (blockState[j] as number) | RENDERED;
    return true;
  };
  const layouts: Node[] = [];
  const layoutKind: number[] = [];
  const shownChild: (Element | null)[] = [];
  let layoutTop: Node | null = null;
  const pushLayout = (node: Node, kind: number, shown: Element | null) => {
    layouts.push(node);
    layoutKind.push(kind);
    shownChild.push(shown);
    layoutTop = node;
  };
  const leave = (node: Node) => {
    if (node === layoutTop) {
      layouts.pop();
      layoutKind.pop();
      shownChild.pop();
      layoutTop = layouts.length > 0 ? (layouts[layouts.length - 1] as Node) : null;
    }
    if (node === blockTop) {
      // The block's own text first, while it is the open block.
      flush();
      blocks.pop();
      blockState.pop();
      blockTop = blocks.length > 0 ? (blocks[blocks.length - 1] as Node) : null;
    }
  };

  const frames: Frame[] = [];
  let current: Node | null = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!current) return;
  let subtreeRoot: Node = current;
  let frameItems = false;

  walk: while (current) {
    if (ready.length > 0) {
      for (const b of ready) yield b;
      ready.length = 0;
    }
    // What the parent's layout makes of this node.
    let item = false;
    let hiddenByParent = false;
    if (layoutTop !== null && current.parentNode === layoutTop) {
      const top = layouts.length - 1;
      if (layoutKind[top] === UNASKED && isInlineContent(current)) layoutKind[top] = UNASKED_ONE;
      else if (layoutKind[top] === UNASKED_ONE && isInlineContent(current)) {
        // Only now does the parent's display matter: a flex or grid parent makes this second run of
        // inline content an item apart from the first (a single run reads the same either way).
        // Its content may be hidden too (content-visibility: hidden): then no child shows.
        const shown = displayOf(layoutTop as Element);
        layoutKind[top] = laysOutItems(shown) ? ITEMS : shown === 'none' ? DETAILS : PLAIN;
        if (shown !== 'none' && layoutTop === blockTop)
          blockState[blockState.length - 1] = (blockState[blockState.length - 1] as number) | ASKED_SHOWN;
        if (shown === 'none') {
          // The first run is in the buffer: the parent is a block, so the buffer began with it.
          text = '';
          nodes.length = 0;
          starts.length = 0;
        }
      }
      const kind = layoutKind[top];
      if (kind === DETAILS) hiddenByParent = current !== shownChild[top];
      else if (kind === ITEMS) item = true;
    } else if (frameItems && current === subtreeRoot) item = true;

    let descend = false;
    if (hiddenByParent) {
      // the closed <details>' content: not shown, and no box in the text flow either
    } else if (current.nodeType === 3) {
      const data = (current as Text).data;
      if (data.length > 0) {
        // Text directly in a flex or grid container is an item of its own.
        if (item) flush();
        if (markerGap && WORD_UNIT.test(text[text.length - 1] ?? '') && WORD_UNIT.test(data[0] as string)) text += ' ';
        markerGap = false;
        nodes.push(current as Text);
        starts.push(text.length);
        text += data;
        if (item) flush();
      }
    } else if (current.nodeType === 1) {
      const el = current as Element;
      const tag = el.localName;
      let skip = SKIP.has(tag);
      let display = '';
      let noteRef = tag === 'sup';
      let unasked = false;
      if (!skip) {
        // Most elements have no attribute, or only ones that matter to none of this (href): one native
        // selector match tells, and only the few that match are read further.
        if (el.hasAttributes() && el.matches(ATTRIBUTE_CANDIDATE)) {
          const maySkip = el.matches(SKIP_CANDIDATE);
          if (maySkip) {
            skip = skippedForAttributes(el);
            noteRef ||= !skip && el.getAttribute('role') === 'doc-noteref';
          }
          // Not a skip candidate, so it matched for a class, a style or an id: restyled, no second match.
          if (!skip && (!maySkip || mayBeRestyled(el, tag))) {
            // Computed style costs a few microseconds an element: a restyled block is asked only
            // where its display can matter (inline content beside it, or as a flex item), and
            // otherwise when a child turns out to be inline content (flex or grid chips).
            if (cheapStyle || INLINE.has(tag) || isCustomElement(tag) || item || /\S/.test(text) || beforeInlineContent(el))
              display = displayOf(el);
            else unasked = true;
          }
        } else if (isCustomElement(tag)) display = displayOf(el);
        // No box at all: the text either side runs on as if the element were not there.
        if (display === 'none') {
          skip = true;
          display = 'contents';
        } else if (tag === 'slot' && display === '') display = 'contents';
        // A child without a box (a slot, display: contents) hands the parent's layout on to its
        // own children: a parent not asked yet is asked now.
        if (display === 'contents' && !skip && layoutTop !== null && el.parentNode === layoutTop) {
          const top = layouts.length - 1;
          if (layoutKind[top] === UNASKED || layoutKind[top] === UNASKED_ONE) {
            const kind = laysOutItems(displayOf(layoutTop as Element)) ? ITEMS : PLAIN;
            layoutKind[top] = kind;
            item = kind === ITEMS;
          }
        }
      }
      let inline = display === '' ? INLINE.has(tag) || isCustomElement(tag) : continuesText(display);
      // A flex or grid item is a box of its own whatever its display (blockified), unless it has no box.
      if (item && display !== 'contents') inline = false;
      if (!skip && noteRef && isFootnoteMarker(el)) {
        skip = true;
        inline = true;
        markerGap = true;
      }
      // The root of a rescan may sit inside hidden content, so it is asked at once; any other block
      // when it first holds text (blockShows). Where the display was asked, it said whether the
      // element itself shows.
      let state = display === '' ? 0 : ASKED_SHOWN;
      if (!skip && !inline && current === root && isHidden) {
        if (isHidden(el)) skip = true;
        else state = RENDERED | SHOWN;
      }
      if (skip) {
        if (!inline) flush();
      } else {
        if (tag === 'br') text += '\n';
        else if (!inline) flush();
        const itemsInside = laysOutItems(display) || (item && display === 'contents');
        const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
        const assigned =
          tag === 'slot' && typeof (el as SlotLike).assignedNodes === 'function'
            ? (el as SlotLike).assignedNodes?.({ flatten: true })
            : undefined;
        // An empty shadow root too: a component often renders into it later.
        if (shadow) onShadowRoot?.(shadow);
        if (shadow?.firstChild || (assigned && assigned.length > 0)) {
          // Read what renders in place of the children: the shadow tree, or the nodes assigned to the slot.
          if (!inline) pushBlock(el, state);
          const frameRoots: ArrayLike<Node> = shadow?.firstChild ? [shadow] : (assigned as Node[]);
          frames.push({ roots: frameRoots, index: 0, owner: el, outerRoot: subtreeRoot, outerItems: frameItems });
          if (shadow?.firstChild && itemsInside) pushLayout(shadow, ITEMS, null);
          frameItems = !shadow?.firstChild && itemsInside;
          current = frameRoots[0] as Node;
          subtreeRoot = current;
          continue;
        }
        descend = el.firstChild !== null;
        if (descend) {
          if (!inline) pushBlock(el, state);
          if (tag === 'details' && !el.hasAttribute('open')) {
            let summary: Element | null = null;
            for (let c = el.firstElementChild; c && !summary; c = c.nextElementSibling) if (c.localName === 'summary') summary = c;
            pushLayout(el, DETAILS, summary);
          } else if (itemsInside) pushLayout(el, ITEMS, null);
          else if (unasked) pushLayout(el, UNASKED, null);
        }
      }
    } else if (current.nodeType === 11) {
      descend = current.firstChild !== null;
    }
    if (descend) {
      current = current.firstChild as Node;
      continue;
    }
    // Climb until a next sibling exists; leaving a block element ends its block.
    while (true) {
      if (current === subtreeRoot) {
        const frame = frames[frames.length - 1];
        if (!frame) break walk;
        frame.index++;
        if (frame.index < frame.roots.length) {
          current = frame.roots[frame.index] as Node;
          subtreeRoot = current;
          continue walk;
        }
        frames.pop();
        frameItems = frame.outerItems;
        subtreeRoot = frame.outerRoot;
        current = frame.owner;
        leave(current);
        continue;
      }
      const next: Node | null = (current as Node).nextSibling;
      if (next) {
        current = next;
        continue walk;
      }
      const parent: Node | null = (current as Node).parentNode;
      if (!parent) break walk;
      current = parent;
      leave(current);
    }
  }
  flush();
  for (const b of ready) yield b;
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
