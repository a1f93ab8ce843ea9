/**
 * Two ways a file can lose data without a word, refused before it is parsed (issue 21): bytes that
 * are not UTF-8 (a plain `file.text()` turns them into U+FFFD and the record imports changed), and
 * a key given twice in one object (`JSON.parse` keeps the last: a second "people" array silently
 * drops the first). Each message names where: the byte, line and column, or the object's path.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Line and column (both from 1) of a position, counting line feeds before it. */
function lineAndColumn(units: ArrayLike<number>, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (units[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** The file's text, or a message naming the first byte that is not UTF-8. */
export function decodeImportBytes(bytes: Uint8Array): Checked<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const { line, column } = lineAndColumn(bytes, at);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error: `This file is not valid UTF-8: byte ${at + 1} (0x${hex}, line ${line}, column ${column}) is not part of a UTF-8 character. Save it as UTF-8 and import it again; nothing was imported.`,
    };
  }
}

interface Level {
  object: boolean;
  keys: Set<string> | undefined;
  /** The key whose value is being read (objects), or the item's index (arrays). */
  key: string;
  index: number;
  expectKey: boolean;
}

function pathOf(stack: readonly Level[]): string {
  let path = '';
  for (let d = 0; d < stack.length - 1; d++) {
    const l = stack[d] as Level;
    path += l.object ? (path === '' ? l.key : `.${l.key}`) : `[${l.index}]`;
  }
  return path;
}

/**
 * The first key that appears twice in one object, with where (its object's path, and its line), in
 * one pass over the text; undefined when there is none. Text that is not JSON passes: JSON.parse
 * says what is wrong with it.
 */
export function duplicateKey(text: string): { path: string; key: string; line: number } | undefined {
  const stack: Level[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i, j + 1);
        let key = raw.slice(1, -1);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(raw) as string;
          } catch {
            // Not JSON: JSON.parse reports it later.
          }
        }
        top.keys ??= new Set();
        if (top.keys.has(key)) return { path: pathOf(stack), key, line };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 123) stack.push({ object: true, keys: undefined, key: '', index: 0, expectKey: true });
    else if (c === 91) stack.push({ object: false, keys: undefined, key: '', index: 0, expectKey: false });
    else if (c === 125 || c === 93) stack.pop();
    else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}

/** The message for a key given twice. */
export function duplicateKeyMessage({ path, key, line }: { path: string; key: string; line: number }): string {
  const where = path === '' ? `the top-level key "${key}"` : `${path}: the key "${key}"`;
  return `This file gives ${where} twice (line ${line}); a JSON reader would keep only the last and drop the first without a word, so nothing was imported.`;
}
