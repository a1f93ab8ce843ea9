/**
 * Integrity checks of a whole corpus, beyond what the per-record schema can see: unique ids,
 * cross-references, office timelines and shared surface forms. Each returns a list of problems
 * (empty when all is well) so that a test can print every problem at once.
 */
import { earliestDay, latestDay, nextDay } from './partial-date';
import type { Corpus } from './schema';

export function duplicateIds(corpus: Corpus): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const add = (id: string, where: string) => {
    const before = seen.get(id);
    if (before) problems.push(`id "${id}" is used by ${before} and ${where}`);
    else seen.set(id, where);
  };
  for (const c of corpus.countries) add(c.id, 'a country');
  for (const o of corpus.offices) add(o.id, 'an office');
  for (const p of corpus.people) add(p.id, 'a person');
  for (const m of corpus.meetings) add(m.id, 'a meeting');
  for (const t of corpus.terms) add(t.id, 'a term');
  return problems;
}

export function danglingReferences(corpus: Corpus): string[] {
  const countries = new Set(corpus.countries.map((c) => c.id));
  const offices = new Set(corpus.offices.map((o) => o.id));
  const people = new Set(corpus.people.map((p) => p.id));
  const all = new Set([...countries, ...offices, ...people, ...corpus.meetings.map((m) => m.id), ...corpus.terms.map((t) => t.id)]);
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const o of corpus.offices) need(o.country === 'ASEAN' || countries.has(o.country), `office ${o.id}: unknown country ${o.country}`);
  for (const p of corpus.people) {
    need(countries.has(p.country), `person ${p.id}: unknown country ${p.country}`);
    p.roles.forEach((r, i) => {
      need(offices.has(r.office), `person ${p.id}: roles[${i}].office "${r.office}" does not exist`);
    });
  }
  for (const m of corpus.meetings) {
    need(countries.has(m.country), `meeting ${m.id}: unknown country ${m.country}`);
    if (m.chair) need(people.has(m.chair), `meeting ${m.id}: chair "${m.chair}" is not a person`);
    for (const a of m.attendees) need(people.has(a), `meeting ${m.id}: attendee "${a}" is not a person`);
    for (const r of m.related) need(all.has(r), `meeting ${m.id}: related "${r}" does not exist`);
  }
  for (const t of corpus.terms) for (const r of t.related) need(all.has(r), `term ${t.id}: related "${r}" does not exist`);
  for (const a of corpus.ambiguities) for (const id of a.ids) need(all.has(id), `ambiguity "${a.form}": "${id}" does not exist`);
  return problems;
}

/** `to` is the last day the role can have run; `toEarliest` the first day its (partial) end can mean. */
type Span = { from: string; to: string; toEarliest: string; who: string; acting: boolean };

function spansByOffice(corpus: Corpus, today: string): Map<string, Span[]> {
  const byOffice = new Map<string, Span[]>();
  for (const p of corpus.people) {
    for (const r of p.roles) {
      const span = {
        from: earliestDay(r.start),
        to: r.end === null ? today : latestDay(r.end),
        toEarliest: r.end === null ? today : earliestDay(r.end),
        who: p.id,
        acting: r.acting,
      };
      byOffice.set(r.office, [...(byOffice.get(r.office) ?? []), span]);
    }
  }
  for (const spans of byOffice.values()) spans.sort((a, b) => a.from.localeCompare(b.from));
  return byOffice;
}

/**
 * Two substantive (non-acting) holders of one office may not overlap, except on the handover day
 * (the convention is: the outgoing holder's end equals the successor's start). A handover known only
 * to the month ("2018-08" for both the end and the start) is not an overlap: the successor may not
 * start before the earliest day the predecessor's end can mean.
 */
export function overlappingHolders(corpus: Corpus, today: string): string[] {
  const problems: string[] = [];
  for (const [office, spans] of spansByOffice(corpus, today)) {
    const real = spans.filter((s) => !s.acting);
    for (let i = 1; i < real.length; i++) {
      const a = real[i - 1] as Span;
      const b = real[i] as Span;
      if (b.from < a.toEarliest) problems.push(`${office}: ${a.who} (to ${a.to}) overlaps ${b.who} (from ${b.from})`);
    }
  }
  return problems;
}

/** Days in [from, to] that no holder (acting or not) and no declared vacancy covers. */
export function timelineGaps({ corpus, officeId, from, to }: { corpus: Corpus; officeId: string; from: string; to: string }): string[] {
  const office = corpus.offices.find((o) => o.id === officeId);
  const spans: { from: string; to: string }[] = [
    ...(spansByOffice(corpus, to).get(officeId) ?? []),
    ...(office?.vacancies ?? []).map((v) => ({ from: earliestDay(v.from), to: latestDay(v.to) })),
  ].sort((a, b) => a.from.localeCompare(b.from));
  const gaps: string[] = [];
  let covered = from; // every day before `covered` is covered
  for (const s of spans) {
    if (s.from > covered) gaps.push(`${officeId}: nobody from ${covered} to ${s.from}`);
    if (s.to >= covered) covered = nextDay(s.to);
    if (covered > to) break;
  }
  if (covered <= to) gaps.push(`${officeId}: nobody from ${covered} to ${to}`);
  return gaps;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Every surface form (names, aliases, short names, misspellings, labels) with the ids it leads to. */
export function surfaceForms(corpus: Corpus): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (form: string, id: string) => {
    const key = fold(form);
    forms.set(key, (forms.get(key) ?? new Set()).add(id));
  };
  for (const p of corpus.people) {
    for (const f of [p.name, ...(p.nativeName ? [p.nativeName] : []), ...p.aliases, ...p.shortNames, ...p.misspellings]) add(f, p.id);
  }
  for (const t of corpus.terms) for (const f of [t.label, ...t.aliases]) add(f, t.id);
  for (const m of corpus.meetings) for (const f of [m.name, ...m.aliases]) add(f, m.id);
  return forms;
}

/** Forms that lead to two entities without a declared ambiguity, and declared ambiguities that are not real. */
export function ambiguityProblems(corpus: Corpus): string[] {
  const forms = surfaceForms(corpus);
  const declared = new Map(corpus.ambiguities.map((a) => [fold(a.form), new Set(a.ids)]));
  const problems: string[] = [];
  for (const [form, ids] of forms) {
    if (ids.size < 2) continue;
    const d = declared.get(form);
    if (!d || [...ids].some((id) => !d.has(id))) problems.push(`"${form}" leads to ${[...ids].join(', ')} but is not declared ambiguous`);
  }
  for (const a of corpus.ambiguities) {
    const ids = forms.get(fold(a.form));
    const missing = a.ids.filter((id) => !ids?.has(id));
    if (missing.length > 0) problems.push(`ambiguity "${a.form}" names ${missing.join(', ')}, which do not use that form`);
  }
  return problems;
}

/**
 * Hosts that serve copies rather than originals: Wikipedia mirrors and proxies, document-upload sites,
 * blog hosts and sites that republish other outlets' stories. A citation on one of them is weak: cite
 * the primary source (ministry, ASEAN, the outlet that published it) or a reputable outlet instead.
 * Matched on the host and its parent domains ("x.blogspot.com" matches "blogspot.com").
 */
export const WEAK_SOURCE_HOSTS = [
  // Wikipedia mirrors, readers and proxies
  'wikimili.com',
  'liu233w.com',
  'gtool.pro',
  'evbn.org',
  'hitchhikersgui.de',
  'piglix.com',
  'profilpelajar.com',
  'wikiclassic.com',
  'vanadiumhunt814.sbs',
  'osmarks.net',
  'haohe.fun',
  'theinfolist.com',
  'eudic.net',
  'infogalactic.com',
  'dweb.link',
  'ipfs.io',
  'cloudflare-ipfs.com',
  'kampuspedia.com',
  'qaz.wiki',
  'enwikipedia.net',
  'gutenberg.org',
  'wikizero.net',
  'everipedia.org',
  'pinocchiopedia.com',
  'iwiki.icu',
  'knowpia.com',
  'popflock.com',
  'alchetron.com',
  'encycloreader.org',
  'cryer.org.uk',
  'defzone.net',
  'triviaquestions.online',
  'rutynka.io',
  'us.edu.vn',
  'qa.edu.vn',
  'fastly.net',
  'wikibrief.org',
  'wikial.top',
  'oenc.net',
  'elections.in',
  // proxies and scraped copies of news or official pages
  'inquirerholic.com',
  'maymay6760.eu.org',
  'keyanhelp.cn',
  'aolaikelin.cn',
  'waterproof-coating.com',
  'yyoutdoors.com',
  '5y1.org',
  'favotech.io',
  'daily8.com',
  'news24x7world.com',
  'headtopics.com',
  'naaju.com',
  'vietmaz.com',
  'sinosila.com',
  'legalclarity.org',
  'newsflash.org',
  'lbo-talk.org',
  'forextv.com',
  'wenxuecity.com',
  'sott.net',
  'myanmar-ai.com',
  'einpresswire.com',
  'talkvietnam.org',
  'asia-pacific-solidarity.net',
  'globaldefence.net',
  'maritimesecurity.asia',
  'malaysia-today.net',
  'arabstoday.net',
  'news-pravda.com',
  // document-upload sites
  'docslib.org',
  '123dok.com',
  'scribd.com',
  'issuu.com',
  // blog hosts
  'blogspot.com',
  'wordpress.com',
  'tumblr.com',
  'medium.com',
  'dzen.ru',
  'coolbuster.net',
];

/** The host of a source address, lower case, without "www." or a trailing dot. */
export function sourceHost(url: string): string {
  return new URL(url).hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

export function isWeakSource(url: string): boolean {
  const host = sourceHost(url);
  return WEAK_SOURCE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

type Sourced = { id: string; sources: { url: string; publisher: string }[] };
const sourcedRecords = (corpus: Corpus): Sourced[] => [
  ...corpus.countries,
  ...corpus.offices,
  ...corpus.people,
  ...corpus.meetings,
  ...corpus.terms,
];

/** Citations on weak hosts, and the records whose every source is weak. */
export function weakSources(corpus: Corpus): { citations: number; weak: string[]; onlyWeak: string[] } {
  const weak: string[] = [];
  const onlyWeak: string[] = [];
  let citations = 0;
  for (const r of sourcedRecords(corpus)) {
    citations += r.sources.length;
    const bad = r.sources.filter((s) => isWeakSource(s.url));
    for (const s of bad) weak.push(`${r.id}: ${s.url}`);
    if (bad.length === r.sources.length) onlyWeak.push(r.id);
  }
  return { citations, weak, onlyWeak };
}

/**
 * Publishers that do not name the host serving the page: a publisher field must name the site the
 * address belongs to (an agency it carries may follow in brackets), never "via", "mirror" or "copy";
 * and a source on a weak host (mirror, proxy, upload or blog) must give that host itself as its
 * publisher, so that a copy is never credited to the outlet it copied.
 */
export function publisherProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  for (const r of sourcedRecords(corpus))
    for (const s of r.sources) {
      const wording = /\b(via|mirror|republished|copy of)\b/i.test(s.publisher);
      const hostless = isWeakSource(s.url) && !s.publisher.toLowerCase().includes(sourceHost(s.url));
      if (wording || hostless) problems.push(`${r.id}: publisher "${s.publisher}" (${s.url})`);
    }
  return problems;
}

/** Role start and end dates (an open end does not count), how many are unverified, by country. */
export function roleDateCounts(corpus: Corpus): {
  total: number;
  unverified: number;
  byCountry: Record<string, { total: number; unverified: number }>;
  unverifiedPaths: string[];
} {
  let total = 0;
  let unverified = 0;
  const byCountry: Record<string, { total: number; unverified: number }> = {};
  const unverifiedPaths: string[] = [];
  for (const p of corpus.people) {
    p.roles.forEach((r, i) => {
      for (const key of ['start', 'end'] as const) {
        if (key === 'end' && r.end === null) continue;
        const c = byCountry[p.country] ?? { total: 0, unverified: 0 };
        byCountry[p.country] = c;
        total++;
        c.total++;
        if (p.unverified.includes(`roles.${i}.${key}`) || p.unverified.includes(`roles.${i}`)) {
          unverified++;
          c.unverified++;
          unverifiedPaths.push(`${p.id}: roles.${i}.${key}`);
        }
      }
    });
  }
  return { total, unverified, byCountry, unverifiedPaths };
}

/** Records with an unverified path that their `notes` do not explain (each path must be named there). */
export function unexplainedUnverified(corpus: Corpus): string[] {
  const problems: string[] = [];
  for (const r of [...corpus.countries, ...corpus.offices, ...corpus.people, ...corpus.meetings, ...corpus.terms])
    for (const path of r.unverified)
      if (!r.notes?.includes(path)) problems.push(`${r.id}: "${path}" is unverified but the notes do not say why`);
  return problems;
}

/**
 * Meetings still missing a day-precision start, a city, a chair or attendees. A meeting held by video
 * conference (`format: "video"`) has no city by nature, so it is not missing one.
 */
export function meetingGaps(corpus: Corpus): { id: string; missing: string[] }[] {
  const gaps: { id: string; missing: string[] }[] = [];
  for (const m of corpus.meetings) {
    const missing: string[] = [];
    if (m.start.length < 10 || m.unverified.includes('start')) missing.push('day');
    if (!m.city && m.format !== 'video') missing.push('city');
    if (!m.chair) missing.push('chair');
    if (m.attendees.length === 0) missing.push('attendees');
    if (missing.length > 0) gaps.push({ id: m.id, missing });
  }
  return gaps;
}
