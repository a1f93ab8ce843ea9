import { describe, expect, it } from 'vitest';
import { person } from '../resolve/test-support/hand-made-corpus';
import { shortNamesOf } from './short-names';

describe('shortNamesOf', () => {
  it('keeps the declared short names first', () => {
    expect(shortNamesOf(person('a', 'Mohamad Hasan', 'MY', [], { shortNames: ['Tok Mat'] }))).toEqual(['Tok Mat', 'Mohamad', 'MOHAMAD']);
  });

  it.each([
    ['Le Luong Minh', 'VN', ['Minh', 'MINH']],
    ['Mohamed Khaled Nordin', 'MY', ['Khaled', 'KHALED']],
    ['Chansamone Chanyalath', 'LA', ['Chansamone', 'Chanyalath', 'CHANSAMONE', 'CHANYALATH']],
    ['Prawit Wongsuwan', 'TH', ['Prawit', 'Wongsuwan', 'PRAWIT', 'WONGSUWAN']],
    ['Awang Halbi bin Mohd Yussof', 'BN', ['Halbi', 'HALBI']],
    ['Rajnath Singh', 'IN', ['Singh', 'SINGH']],
    ['Minoru Kihara', 'JP', []],
  ])('derives what the culture of %s implies', (name, country, expected) => {
    expect(shortNamesOf(person('x', name, country, []))).toEqual(expected);
  });
});
