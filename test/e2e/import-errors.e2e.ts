/**
 * Issue 18: an import's invalid records are explained in plain words, naming the record (kind,
 * position, name) and the field, with the checker's path kept beside them; nothing is imported.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('import errors', () => {
  it('name the record by kind, position and name, and the field as a reader says it', async () => {
    e2e = await startE2E();
    const dir = mkdtempSync(join(tmpdir(), 'dl-words-'));
    const source = { title: 'Note', publisher: 'Reader', url: 'https://example.org/n', date: '2024-01-01' };
    writeFileSync(
      join(dir, 'mixed.json'),
      JSON.stringify({
        terms: [
          { id: 'fine-term', label: 'Fine Term', category: 'concept', definition: 'Fine.', sources: [source] },
          { id: 'broken-term', label: 'Broken Term', category: 'concept', definition: 7, sources: [{ ...source, date: '2023-02-30' }] },
        ],
      }),
    );
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('[data-testid=records-table]').waitFor({ timeout: 20_000 });
    await options.locator('[data-testid=import-file]').setInputFiles(join(dir, 'mixed.json'));
    const record = options.locator('[data-testid=import-invalid-record]');
    await expect.poll(() => record.count(), { timeout: 20_000 }).toBe(1);
    const text = (await record.textContent()) ?? '';
    expect(text).toMatch(/^Term 2, “Broken Term” \(id broken-term\): /);
    expect(text).toContain('the definition should be text, not a number');
    expect(text).toContain('source 1’s date is not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(await record.getByTestId('import-invalid-where').textContent()).toContain('terms[1].sources[0].date');
    expect(await options.locator('[data-testid=import-preview]').textContent()).toContain('1 invalid');
  });
});
