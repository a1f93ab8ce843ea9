import { describe, expect, it } from 'vitest';
import { cardIsDark, darkBackground } from './page-theme';

describe("the card's theme", () => {
  it('reads a page background as dark or light by its brightness', () => {
    expect(darkBackground('rgb(255, 255, 255)')).toBe(false);
    expect(darkBackground('rgb(18, 18, 18)')).toBe(true);
    expect(darkBackground('rgba(30, 30, 40, 0.9)')).toBe(true);
    // Pure blue is dark to the eye, pure yellow light.
    expect(darkBackground('rgb(0, 0, 255)')).toBe(true);
    expect(darkBackground('rgb(255, 255, 0)')).toBe(false);
  });

  it('says nothing about a transparent or unreadable background', () => {
    expect(darkBackground('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(darkBackground('rgba(0, 0, 0, 0.5)')).toBeUndefined();
    expect(darkBackground('color(srgb 0 0 0)')).toBeUndefined();
  });

  it("follows the reader's setting, and on auto the page, then the system", () => {
    const never = () => {
      throw new Error('not read');
    };
    expect(cardIsDark({ theme: 'dark', pageBackground: never, prefersDark: never })).toBe(true);
    expect(cardIsDark({ theme: 'light', pageBackground: never, prefersDark: never })).toBe(false);
    expect(cardIsDark({ theme: 'auto', pageBackground: () => 'rgb(10, 10, 10)', prefersDark: never })).toBe(true);
    expect(cardIsDark({ theme: 'auto', pageBackground: () => 'rgba(0, 0, 0, 0)', prefersDark: () => true })).toBe(true);
    expect(cardIsDark({ theme: 'auto', pageBackground: () => 'rgba(0, 0, 0, 0)', prefersDark: () => false })).toBe(false);
  });
});
