import { describe, expect, it } from 'vitest';
import type { MentionKind } from '../model/mention';
import { settingsEffect } from './settings-effect';

const on = (kinds: MentionKind[] = ['person', 'term']) => ({ active: true, kinds });
const off = { active: false, kinds: ['person', 'term'] as MentionKind[] };

describe('what a settings change does to an open page', () => {
  it('turns the marks off when the page is no longer active, whatever else changed', () => {
    expect(settingsEffect(on(), off)).toBe('turn-off');
    expect(settingsEffect(off, off)).toBe('turn-off');
  });

  it('scans a page that was off and is now on', () => {
    expect(settingsEffect(off, on())).toBe('scan');
    expect(settingsEffect(off, on(['meeting']))).toBe('scan');
  });

  it('re-marks, without a scan, when only the marked kinds changed', () => {
    expect(settingsEffect(on(), on(['person']))).toBe('remark');
    expect(settingsEffect(on(), on(['term', 'person']))).toBe('remark');
  });

  it('does nothing for changes the next hover reads by itself', () => {
    expect(settingsEffect(on(), on())).toBe('none');
  });
});
