/**
 * Turns page-text mentions into DOM ranges over the page's own text nodes (nothing is rewritten),
 * and indexes them by text node so that hit-testing the pointer is a map lookup, not a search.
 */
import { locate } from '../extract/extract-blocks';
import { blockIndexAt, type PageText } from '../extract/page-text';
import type { Mention } from '../model/mention';

export interface PlacedMention {
  mention: Mention;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  range: AbstractRange;
}

export interface NodeIndex {
  get(node: Node): PlacedMention[] | undefined;
}

function makeRange(doc: Document, p: Omit<PlacedMention, 'range' | 'mention'>): AbstractRange {
  if (typeof StaticRange === 'function') {
    // StaticRange: no live bookkeeping on every DOM mutation, which matters with thousands of marks.
    return new StaticRange({ startContainer: p.startNode, startOffset: p.startOffset, endContainer: p.endNode, endOffset: p.endOffset });
  }
  const r = doc.createRange();
  r.setStart(p.startNode, p.startOffset);
  r.setEnd(p.endNode, p.endOffset);
  return r;
}

export function placeMentions(page: PageText, mentions: Mention[], index: Map<Node, PlacedMention[]>): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const mention of mentions) {
    const bi = blockIndexAt(page, mention.start);
    const block = page.blocks[bi];
    if (!block) continue;
    const base = page.blockStarts[bi] as number;
    const s = locate(block, mention.start - base);
    const e = locate(block, mention.end - base, true);
    const doc = s.node.ownerDocument;
    if (!doc) continue;
    const p = { startNode: s.node, startOffset: s.offset, endNode: e.node, endOffset: e.offset };
    const pm: PlacedMention = { mention, ...p, range: makeRange(doc, p) };
    placed.push(pm);
    // Index every text node the mention touches: "<b>Ng</b> Eng Hen" spans two.
    const from = block.nodes.indexOf(s.node);
    const to = block.nodes.indexOf(e.node);
    for (let i = from; i <= to && i >= 0; i++) {
      const node = block.nodes[i] as Text;
      const list = index.get(node);
      if (list) list.push(pm);
      else index.set(node, [pm]);
    }
  }
  return placed;
}

/** The mention under a caret position (text node and offset), if any. */
export function mentionAt(index: NodeIndex, node: Node, offset: number): PlacedMention | undefined {
  const list = index.get(node);
  if (!list) return undefined;
  for (const pm of list) {
    const afterStart = node !== pm.startNode || offset >= pm.startOffset;
    const beforeEnd = node !== pm.endNode || offset < pm.endOffset;
    if (afterStart && beforeEnd) return pm;
  }
  return undefined;
}
