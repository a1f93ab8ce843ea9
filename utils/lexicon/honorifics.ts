/**
 * The one lexicon of what news writes in front of a name: forms of address and honours, military
 * and police ranks, and the office titles that join a name ("President Obama"). Every stage reads
 * these lists (the affixes a person mention takes in, the gap allowed between a title and a name,
 * the honorific that lets a short name count), so a word added here is known everywhere at once.
 */

/** Words that open a compound rank and need a rank after them: "Lieutenant General", "Rear Admiral", "Senior Lt. Gen.". */
export const RANK_PREFIXES = [
  'Senior',
  'Sr',
  'Lieutenant',
  'Lt',
  'Major',
  'Maj',
  'Brigadier',
  'Brig',
  'Vice',
  'Rear',
  'Air',
  'Chief',
  'Police',
  'Pol',
] as const;

/** Ranks that stand before a name alone, or close a compound rank. */
export const RANKS = ['General', 'Gen', 'Admiral', 'Adm', 'Colonel', 'Col', 'Captain', 'Capt', 'Marshal', 'Commodore'] as const;

/** Forms of address and honours, English and of the region (Malaysian, Bruneian, Bhutanese). */
export const HONORIFICS = [
  'Mr',
  'Mrs',
  'Ms',
  'Madam',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'H.E.',
  'Excellency',
  'Datuk Seri',
  "Dato' Seri",
  "Dato' Sri",
  'Dato Seri',
  'Dato Sri',
  'Datuk',
  "Dato'",
  'Dato',
  'Datu',
  'Tan Sri',
  'Tun',
  'Tengku',
  'Haji',
  'Hajah',
  'Pehin',
  'Pengiran',
  'Awang',
  'Dayang',
  'Dasho',
] as const;

/** Office titles written straight before a name that belong to the person mention: "President Obama", "Minister Giang". */
export const TITLES_BEFORE_NAME = ['President', 'Minister'] as const;

const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]");
/** Longest first, so that "Datuk Seri" is tried before "Datuk". */
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|');

/** Regular-expression source for one honorific, rank or rank prefix, with its optional full stop. */
export const HONORIFIC_WORD = `(?:${alternation([...HONORIFICS, ...RANKS, ...RANK_PREFIXES])})\\.?`;

/**
 * Regular-expression source for the run of address right before a name, each word followed by white
 * space: "Senior Lt. Gen. ", "Dato' Sri Dr ", "President ". Rank prefixes only count when a rank,
 * honorific or title closes them ("Vice Phan" is not an address).
 */
export const ADDRESS_BEFORE_NAME = `(?:(?:(?:${alternation(RANK_PREFIXES)})\\.?\\s+)*(?:${alternation([
  ...HONORIFICS,
  ...RANKS,
  ...TITLES_BEFORE_NAME,
])})\\.?\\s+)+`;

const ONE_WORD = new RegExp(`^${HONORIFIC_WORD}$`, 'u');

/** True for a single honorific or rank as written: "Dr", "Gen.", "Dato'", "Lt". */
export const isHonorific = (word: string): boolean => ONE_WORD.test(word);
