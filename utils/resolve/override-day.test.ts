import { describe, expect, it } from 'vitest';
import { overrideDay } from './override-day';

describe('overrideDay', () => {
  const now = new Date('2024-06-15T12:00:00Z');
  it('takes a real past day, and null for the detected date', () => {
    expect(overrideDay('2024-02-29', now)).toBe('2024-02-29');
    expect(overrideDay('1900-01-01', now)).toBe('1900-01-01');
    expect(overrideDay('2024-06-16', now)).toBe('2024-06-16'); // already today at UTC+14
    expect(overrideDay(null, now)).toBeNull();
  });
  it('refuses days that do not exist, the future, other shapes and other types', () => {
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-04-31', '2024-06-17', '2999-01-01', '1899-12-31']) {
      expect(overrideDay(bad, now), bad).toBeUndefined();
    }
    for (const bad of ['2024-06-01T00:00', ' 2024-06-01', '2024-6-1', '2024', 'yesterday', '', 20240601, undefined, {}, ['2024-06-01']]) {
      expect(overrideDay(bad, now), String(bad)).toBeUndefined();
    }
  });
});
