/**
 * Word lists for generated benchmark articles. Plain newsroom English, written for this project;
 * the text means nothing in particular, it only has the shape and rhythm of defence reporting.
 */
export const SUBJECTS = [
  'the ministry',
  'officials',
  'the delegation',
  'the navy',
  'analysts',
  'regional diplomats',
  'the coast guard',
  'the working group',
  'senior officers',
  'the host country',
  'a spokesperson',
  'the committee',
  'observers',
  'the armed forces',
  'the defence attaché',
  'planners',
  'the secretariat',
  'local reporters',
];

export const VERBS = [
  'said',
  'agreed',
  'noted',
  'proposed',
  'warned',
  'confirmed',
  'signalled',
  'welcomed',
  'reviewed',
  'announced',
  'stressed',
  'outlined',
  'discussed',
  'questioned',
  'endorsed',
  'postponed',
];

export const OBJECTS = [
  'a joint exercise',
  'the draft statement',
  'new patrol routes',
  'the training programme',
  'closer cooperation',
  'the budget for next year',
  'a hotline between capitals',
  'the exchange of liaison officers',
  'disaster relief drills',
  'the schedule of port calls',
  'an expert group report',
  'the guidelines for unplanned encounters',
  'a shared logistics hub',
  'the list of observers',
  'a field hospital deployment',
];

export const ADJECTIVES = [
  'cautious',
  'renewed',
  'practical',
  'formal',
  'informal',
  'annual',
  'bilateral',
  'multilateral',
  'quiet',
  'lengthy',
  'brief',
  'regional',
  'technical',
  'unexpected',
];

export const TAILS = [
  'after two days of talks',
  'according to a statement released on Thursday',
  'despite earlier disagreements',
  'in a closed-door session',
  'ahead of the monsoon season',
  'at the end of the plenary',
  'during a press briefing',
  'on the sidelines of the meeting',
  'without giving further details',
  'as part of a wider plan',
  'in the coming months',
  'before the delegations left',
];

export const CONNECTORS = ['Meanwhile,', 'However,', 'Separately,', 'In a statement,', 'Earlier,', 'At the same time,', 'Later,'];

export const PLACES = [
  'Jakarta',
  'Hanoi',
  'Manila',
  'Bangkok',
  'Vientiane',
  'Phnom Penh',
  'Kuala Lumpur',
  'Singapore',
  'Bandar Seri Begawan',
  'Dili',
];

export const COMMENTERS = [
  'reader_42',
  'M. Tan',
  'harbourwatch',
  'Priya S.',
  'old_sailor',
  'J. Reyes',
  'kl_commuter',
  'Ananda',
  'Lin W.',
  'observer77',
];

export const SECTIONS = ['World', 'Asia', 'Defence', 'Politics', 'Business', 'Opinion', 'Science', 'Sport', 'Culture', 'Weather'];
