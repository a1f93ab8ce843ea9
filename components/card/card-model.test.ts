import { describe, expect, it } from 'vitest';
import { unverifiedLabel } from './card-model';

describe('unverified facts in the reader’s words', () => {
  const roles = [{ title: 'Minister for Defence' }, { title: 'Second Minister' }];

  it('names the role a role path points at', () => {
    expect(unverifiedLabel(roles, 'roles.0.start')).toBe('start date of "Minister for Defence"');
    expect(unverifiedLabel(roles, 'roles.1.end')).toBe('end date of "Second Minister"');
    expect(unverifiedLabel(roles, 'roles.1')).toBe('the role "Second Minister"');
    expect(unverifiedLabel(roles, 'roles.1.title')).toBe('title of "Second Minister"');
  });

  it('falls back to the role number when the path points past the roles', () => {
    expect(unverifiedLabel(roles, 'roles.4.start')).toBe('start date of role 5');
  });

  it('spells out plain fields and numbered items', () => {
    expect(unverifiedLabel(undefined, 'nativeName')).toBe('native name');
    expect(unverifiedLabel(undefined, 'attendees')).toBe('attendees');
    expect(unverifiedLabel(undefined, 'outcomes.2')).toBe('outcomes 3');
    expect(unverifiedLabel(undefined, 'someNewField')).toBe('some new field');
  });
});
