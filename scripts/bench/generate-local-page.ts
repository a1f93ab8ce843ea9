/**
 * A seeded local-news page with nothing for Defence Lens to find (issue 15's idle page): council
 * meetings, school terms, weather, road works and sport, in article markup with navigation, a
 * sidebar and a footer. Its words are ordinary English and town names; no ASEAN name, term,
 * meeting word or country appears, so the extension has nothing to mark.
 */
import { seededRandom } from './seeded-random';

const SUBJECTS = [
  'The town council',
  'The parish committee',
  'A local baker',
  'The primary school',
  'The library board',
  'Residents of Millbrook',
  'The bus operator',
  'The rugby club',
  'Volunteers at the food bank',
  'The harbour trust',
  'A retired teacher',
  'The allotment society',
];
const VERBS = ['approved', 'postponed', 'celebrated', 'questioned', 'welcomed', 'repaired', 'opened', 'reviewed', 'cancelled', 'funded'];
const OBJECTS = [
  'plans for a new cycle path',
  'the summer fete',
  'repairs to the old bridge',
  'another recycling centre',
  'longer opening hours',
  'the bowls tournament',
  'a bid for a swimming pool',
  'the flower show',
  'parking charges near the station',
  'a reading group for children',
  'the Christmas lights',
  'a footpath along the river',
];
const TAILS = [
  'after a long debate',
  'despite the heavy rain',
  'to the delight of neighbours',
  'before the end of the month',
  'with help from local firms',
  'for the third year running',
  'following complaints about noise',
  'ahead of the school holidays',
];
const PLACES = ['Millbrook', 'Ashford Green', 'Lower Harwood', 'Kingsmead', 'Southfield', 'Oakley Cross', 'Bramblewood'];
const SECTIONS = ['Home', 'Local', 'Schools', 'Weather', 'Sport', 'Letters', 'Events'];

export function generateLocalPage({ seed, targetTextChars }: { seed: number; targetTextChars: number }): {
  html: string;
  textChars: number;
} {
  const random = seededRandom(seed);
  let textChars = 0;
  const text = (s: string) => {
    textChars += s.length;
    return s;
  };
  const sentence = () =>
    text(`${random.pick(SUBJECTS)} in ${random.pick(PLACES)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(TAILS)}.`);
  const stories: string[] = [];
  const aside: string[] = [];
  for (let i = 0; textChars < targetTextChars; i++) {
    const paragraphs: string[] = [];
    for (let p = random.int(3, 6); p > 0; p--) {
      const sentences: string[] = [];
      for (let n = random.int(2, 4); n > 0; n--) sentences.push(sentence());
      if (random.chance(0.3)) sentences[0] = `<strong>${sentences[0]}</strong>`;
      paragraphs.push(`<p>${sentences.join(' ')}</p>`);
    }
    stories.push(
      `<article class="story"><h2>${text(`${random.pick(PLACES)}: ${random.pick(OBJECTS)}`)}</h2><p class="byline">${text(`By staff reporter, ${random.int(1, 28)} June`)}</p>${paragraphs.join('')}</article>`,
    );
    if (i % 3 === 0)
      aside.push(`<li><a href="/story/${i}">${text(`${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`)}</a></li>`);
  }
  const nav = SECTIONS.map((s) => `<a href="/${s.toLowerCase()}">${text(s)}</a>`).join(' ');
  const html = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Millbrook Gazette</title>',
    '<style>body{font:16px/1.5 Georgia,serif;margin:0}nav{padding:8px;background:#eee}main{max-width:760px;margin:0 auto;padding:16px}aside{max-width:760px;margin:0 auto}</style>',
    '</head><body>',
    `<header><nav>${nav}</nav></header>`,
    `<main>${stories.join('\n')}</main>`,
    `<aside><h3>${text('Most read')}</h3><ul>${aside.join('')}</ul></aside>`,
    `<footer><p>${text('Generated benchmark page: an invented town, reporting nothing.')}</p></footer>`,
    '</body></html>',
  ].join('\n');
  return { html, textChars };
}
