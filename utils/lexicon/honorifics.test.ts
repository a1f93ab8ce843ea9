import { describe, expect, it } from 'vitest';
import { ADDRESS_BEFORE_NAME, HONORIFIC_WORD, isHonorific } from './honorifics';

const address = new RegExp(`(?:^|[^\\p{L}])(${ADDRESS_BEFORE_NAME})$`, 'u');
const addressOf = (before: string) => address.exec(before)?.[1];

describe('the honorific lexicon', () => {
  it.each(['Dr', 'Dr.', 'Gen.', 'Gen', 'Dato’', "Dato'", 'Datuk', 'Lt', 'Haji', 'Pehin', 'H.E.', 'Tengku'])(
    'knows %s as one honorific',
    (w) => {
      expect(isHonorific(w)).toBe(true);
    },
  );

  it.each(['Minister', 'Said', 'Defence', 'Giang', 'dr'])('does not take %s for an honorific', (w) => {
    expect(isHonorific(w)).toBe(false);
  });

  it('reads a whole run of address before a name, longest forms first', () => {
    expect(addressOf('said Senior Lt. Gen. ')).toBe('Senior Lt. Gen. ');
    expect(addressOf("met Dato' Seri ")).toBe("Dato' Seri ");
    expect(addressOf('met Datuk Seri Dr ')).toBe('Datuk Seri Dr ');
    expect(addressOf('and President ')).toBe('President ');
  });

  it('needs a rank to close a rank prefix', () => {
    expect(addressOf('the Vice ')).toBeUndefined();
    expect(addressOf('the Rear Admiral ')).toBe('Rear Admiral ');
  });

  it('is one word of a gap between a title and a name', () => {
    expect(new RegExp(`^(?:${HONORIFIC_WORD}\\s+)+$`, 'u').test('Gen. Dr ')).toBe(true);
  });
});
