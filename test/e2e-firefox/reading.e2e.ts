/**
 * Issue 16: reading a news page in Firefox — hovering a mark opens its card with the role held on
 * the article's date, Escape closes it, the keyboard steps from mention to mention, and marks in a
 * shadow root have their card too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shadowTextPoint } from '../e2e/support/page-probes';
import { cardState, hoverPhrase, pressAltShift } from './support/firefox-page';
import { useFirefoxSuite } from './support/firefox-suite';

const CORPUS = resolve(import.meta.dirname, '../../data/corpus');
type Role = { title: string; start: string; end: string | null };
type Person = { id: string; name: string; country: string; roles: Role[] };
const people = JSON.parse(readFileSync(resolve(CORPUS, 'people.json'), 'utf8')) as Person[];
const countries = JSON.parse(readFileSync(resolve(CORPUS, 'countries.json'), 'utf8')) as { code?: string; id?: string; name: string }[];

/** The titles a person held on `date` (partial dates compare as their prefix). */
const rolesOn = (person: Person, date: string) =>
  person.roles
    .filter((r) => r.start.slice(0, date.length) <= date && (r.end === null || date <= r.end.padEnd(10, '~')))
    .map((r) => r.title);

const suite = useFirefoxSuite();
const { openFixture } = suite;

describe('hover cards in Firefox', () => {
  it("hovering a minister's name shows his card with the role he held on the article's date; Escape closes it", async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    const { date, mentions } = (await suite.ff.askPage(page))?.data ?? { date: { date: null }, mentions: [] };
    expect(date.date, 'the article is dated').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A person named in full on the page who held an office on that date.
    const person = people.find(
      (p) => mentions.some((m) => m.id === p.id && m.text.includes(p.name)) && rolesOn(p, date.date ?? '').length > 0,
    );
    if (!person) throw new Error('no serving minister named in full on the page');
    const country = countries.find((c) => (c.code ?? c.id) === person.country)?.name ?? person.country;

    await hoverPhrase(page, person.name.split(' ').slice(1).join(' ') || person.name);
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    const shown = await cardState(page);
    expect(shown.title).toBe(person.name);
    for (const title of rolesOn(person, date.date ?? '')) expect(shown.text).toContain(title);
    expect(shown.text).toContain(country);
    // Sources open in a new tab, never in the reader's.
    expect(shown.links.length).toBeGreaterThan(0);
    expect(shown.links.every((l) => l.target === '_blank')).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
  });

  it('a name inside an open shadow root has its card', async () => {
    const page = await openFixture('frames-and-shadows.html');
    const point = await page.evaluate(shadowTextPoint, 'Van Giang');
    await page.mouse.move(point.x, point.y + 80);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(async () => (await cardState(page)).title, { timeout: 5000 }).toBe('Phan Van Giang');
  });
});

describe('reading with the keyboard in Firefox', () => {
  it('Alt+Shift+N steps through the mentions in page order, Alt+Shift+P goes back, Escape gives focus back', async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    const { mentions } = (await suite.ff.askPage(page))?.data ?? { mentions: [] };
    // The card's title is the entity's name: the first two mentions, in page order, of two entities.
    const [first, next] = mentions;
    if (!first || !next) throw new Error('the fixture has fewer than two mentions');
    expect(next.id, 'the first two mentions are of different entities').not.toBe(first.id);
    await page.focus('body');
    await pressAltShift(page, 'KeyN');
    await expect.poll(async () => (await cardState(page)).open).toBe(true);
    expect((await cardState(page)).title).toBe(first.name);
    await pressAltShift(page, 'KeyN');
    await expect.poll(async () => (await cardState(page)).title).toBe(next.name);
    await pressAltShift(page, 'KeyP');
    await expect.poll(async () => (await cardState(page)).title).toBe(first.name);
    // The card took focus, so that a screen reader reads it; Escape closes it and gives focus back.
    expect((await cardState(page)).focused).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
  });

  it('does not take Alt+Shift+N from a text field', async () => {
    const page = await openFixture('jakarta-asean-japan.html');
    await page.focus('input');
    await pressAltShift(page, 'KeyN');
    await new Promise((r) => setTimeout(r, 400));
    expect((await cardState(page)).open).toBe(false);
  });
});
