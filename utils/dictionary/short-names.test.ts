import { describe, expect, it } from 'vitest';
import { person } from '../resolve/test-support/hand-made-corpus';
import { shortNamesOf } from './short-names';

describe('shortNamesOf', () => {
  it('keeps the declared short names first', () => {
    expect(shortNamesOf(person('a', 'Mohamad Hasan', 'MY', [], { shortNames: ['Tok Mat'] }))).toEqual(['Tok Mat', 'Mohamad']);
  });

  it.each([
    ['Le Luong Minh', 'VN', ['Minh']],
    ['Mohamed Khaled Nordin', 'MY', ['Khaled']],
    ['Chansamone Chanyalath', 'LA', ['Chansamone', 'Chanyalath']],
    ['Prawit Wongsuwan', 'TH', ['Prawit', 'Wongsuwan']],
    ['Awang Halbi bin Mohd Yussof', 'BN', ['Halbi']],
    ['Rajnath Singh', 'IN', ['Singh']],
    ['Minoru Kihara', 'JP', []],
  ])('derives what the culture of %s implies', (name, country, expected) => {
    expect(shortNamesOf(person('x', name, country, []))).toEqual(expected);
  });
});
