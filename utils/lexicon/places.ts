/**
 * States and provinces that news writes after a town's name ("Austin, Texas"; "Carter, Oklahoma"):
 * a short name followed by one of them is a place, not the person.
 */
export const STATES_AFTER_TOWN = new Set([
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'Wisconsin',
  'Wyoming',
  'Queensland',
  'Victoria',
  'Tasmania',
  'Ontario',
  'Quebec',
  'Alberta',
]);

const STATE_AFTER = /^,\s*(\p{Lu}\p{Ll}+)/u;

/** True when the words right after `end` are ", <a state>": "Austin, Texas". */
export function isFollowedByState(text: string, end: number): boolean {
  const m = STATE_AFTER.exec(text.slice(end, end + 20));
  return m !== null && STATES_AFTER_TOWN.has(m[1] as string);
}
