/** Person cards: the role held on the article's date among several, and a date with no role at all. */
import type { CardFixtureBuilder } from './card-fixture';
import { dated, mentionOf, personOf } from './card-fixture';

/** Prawit Wongsuwan was Thailand's defence minister twice; an article from 2016 gets the second term's title. */
export const personWithSeveralRoles: CardFixtureBuilder = (corpus) => {
  const person = personOf(corpus, 'prawit-wongsuwan');
  const second = person.roles[1];
  if (!second) throw new Error('card fixture: prawit-wongsuwan has fewer than two roles');
  return {
    name: 'person-several-roles',
    state: 'A person with several roles: the one held on the article’s date',
    mention: mentionOf(corpus, person.id),
    date: dated('2016-05-25'),
    shows: [
      'Prawit Wongsuwan',
      'On 2016-05-25:',
      'Deputy Prime Minister and Minister of Defence',
      `${second.start} – ${second.end}`,
      'Thailand',
    ],
  };
};

/** Ashton Carter took office in 2015: an article from 2012 finds no role for him in the corpus. */
export const personWithNoRoleOnDate: CardFixtureBuilder = (corpus) => ({
  name: 'person-no-role',
  state: 'A person with no role on the article’s date',
  mention: mentionOf(corpus, 'ashton-carter'),
  date: dated('2012-06-01'),
  shows: ['Ashton Carter', 'No role in the corpus on 2012-06-01.'],
});
