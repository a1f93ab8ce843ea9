import { describe, expect, it } from 'vitest';
import { country, handMadeCorpus, office } from '../resolve/test-support/hand-made-corpus';
import { countryPrefixes, rolePhraseEntries, titleStandsAlone } from './role-phrases';

const formsFor = (officeId: string) =>
  rolePhraseEntries(handMadeCorpus())
    .filter((e) => e.target === officeId)
    .map((e) => e.form);

describe('rolePhraseEntries', () => {
  it('combines demonyms with titles', () => {
    expect(formsFor('jp-minister-of-defense')).toContain('Japanese Defence Minister');
  });

  it('combines possessive country names with titles', () => {
    expect(formsFor('jp-minister-of-defense')).toContain("Japan's Defence Minister");
    expect(formsFor('vn-defence-minister')).toContain("Vietnam's Minister of National Defence");
    expect(formsFor('sg-minister-for-defence')).toContain("Singapore's Defence Minister");
  });

  it('combines short forms, dotted or not, with titles', () => {
    const us = formsFor('us-secretary-of-defense');
    expect(us).toContain('US Defense Secretary');
    expect(us).toContain('U.S. Secretary of Defense');
    expect(formsFor('us-secretary-of-state')).toContain('US Secretary of State');
  });

  it('does not make a possessive of a dotted short form', () => {
    expect(formsFor('us-secretary-of-defense')).not.toContain("U.S.'s Defense Secretary");
  });

  it('lets a title with a specific word stand alone', () => {
    expect(formsFor('us-secretary-of-defense')).toContain('Pentagon chief');
  });

  it('never lets a generic title stand alone', () => {
    const all = rolePhraseEntries(handMadeCorpus()).map((e) => e.form);
    expect(all).not.toContain('Defence Minister');
    expect(all).not.toContain('Secretary of State');
    expect(all).not.toContain('President');
  });

  it('adds "<title> of <Country>" only to titles without "of"', () => {
    expect(formsFor('vn-defence-minister')).toContain('Defence Minister of Vietnam');
    expect(formsFor('vn-defence-minister')).not.toContain('Minister of National Defence of Vietnam');
  });

  it('makes role entries case-insensitive, pointing at the office', () => {
    for (const entry of rolePhraseEntries(handMadeCorpus())) {
      expect(entry).toMatchObject({ kind: 'role', via: 'role', caseSensitive: false });
      expect(handMadeCorpus().offices.some((o) => o.id === entry.target)).toBe(true);
    }
  });

  it('emits no phrase for a country that has no office in the corpus', () => {
    const all = rolePhraseEntries(handMadeCorpus()).map((e) => e.form);
    expect(all.some((f) => /French|France/.test(f))).toBe(false);
  });

  it('prefixes ASEAN offices with "ASEAN" and keeps their specific titles alone', () => {
    const corpus = handMadeCorpus({
      offices: [office('asean-secretary-general', 'ASEAN', ['Secretary-General of ASEAN', 'Secretary-General'])],
    });
    const forms = rolePhraseEntries(corpus).map((e) => e.form);
    expect(forms).toContain('Secretary-General of ASEAN');
    expect(forms).toContain('ASEAN Secretary-General');
    expect(forms).not.toContain('Secretary-General');
  });

  it('lists each form once per office', () => {
    const corpus = handMadeCorpus({ offices: [office('jp-minister-of-defense', 'JP', ['Defence Minister', 'Defence Minister'])] });
    const forms = rolePhraseEntries(corpus).map((e) => e.form);
    expect(forms.length).toBe(new Set(forms).size);
  });
});

describe('titleStandsAlone and countryPrefixes', () => {
  it('tells specific titles from generic ones', () => {
    expect(titleStandsAlone('Pentagon chief')).toBe(true);
    expect(titleStandsAlone('Minister of National Defence')).toBe(false);
    expect(titleStandsAlone('Secretary-General')).toBe(false);
  });

  it('derives possessives ending in s with a bare apostrophe', () => {
    expect(countryPrefixes(country('PH', 'Philippines'))).toContain("Philippines'");
  });
});
