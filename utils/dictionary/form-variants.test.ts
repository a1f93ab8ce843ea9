import { describe, expect, it } from 'vitest';
import { formVariants } from './form-variants';

describe('formVariants', () => {
  it('spells a meeting every way reports do', () => {
    const forms = formVariants("ASEAN-Japan Defence Ministers' Informal Meeting");
    for (const f of [
      "ASEAN-Japan Defense Ministers' Informal Meeting",
      'ASEAN-Japan Defence Ministers Informal Meeting',
      "Japan-ASEAN Defense Ministers' Informal Meeting",
      'Japan-ASEAN Defense Ministers Informal Meeting',
    ])
      expect(forms).toContain(f);
  });

  it('spells ASEAN out, and keeps the Plus spellings', () => {
    const forms = formVariants("ASEAN Defence Ministers' Meeting-Plus");
    expect(forms).toContain("Association of Southeast Asian Nations Defence Ministers' Meeting-Plus");
    expect(forms).toContain('ASEAN Defense Ministers Meeting Plus');
    expect(forms).toContain("ASEAN Defence Ministers' Meeting+");
  });

  it('puts the partner first behind an ordinal too', () => {
    expect(formVariants("8th ASEAN-Japan Defence Ministers' Informal Meeting")).toContain(
      "8th Japan-ASEAN Defense Ministers' Informal Meeting",
    );
    expect(formVariants('2nd ASEAN Defence Ministers Meeting')).toContain(
      '2nd Association of Southeast Asian Nations Defence Ministers Meeting',
    );
  });

  it('leaves a plain form alone', () => {
    expect(formVariants('HADR')).toEqual(['HADR']);
  });
});
