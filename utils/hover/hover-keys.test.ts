import { describe, expect, it } from 'vitest';
import { cardKeyCommand, hoverModifierHeld, isTypingTarget, type KeyLike } from './hover-keys';

const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...k });
const idle = { cardOpen: false, typing: false };

describe('keys of the hover card', () => {
  it('Escape closes an open card, and means nothing when none is open', () => {
    expect(cardKeyCommand(key({ key: 'Escape' }), { cardOpen: true, typing: false })).toEqual({ type: 'close' });
    expect(cardKeyCommand(key({ key: 'Escape' }), { cardOpen: true, typing: true })).toEqual({ type: 'close' });
    expect(cardKeyCommand(key({ key: 'Escape' }), idle)).toBeUndefined();
  });

  it("a bare c copies an open card, never while typing, with a modifier (Ctrl+C is the page's) or with no card", () => {
    const open = { cardOpen: true, typing: false };
    expect(cardKeyCommand(key({ key: 'c', code: 'KeyC' }), open)).toEqual({ type: 'copy' });
    expect(cardKeyCommand(key({ key: 'c', code: 'KeyC' }), { cardOpen: true, typing: true })).toBeUndefined();
    expect(cardKeyCommand(key({ key: 'c', code: 'KeyC', ctrlKey: true }), open)).toBeUndefined();
    expect(cardKeyCommand(key({ key: 'c', code: 'KeyC' }), idle)).toBeUndefined();
  });

  it('Alt+Shift+N and Alt+Shift+P step forward and back, by key position whatever character they type', () => {
    expect(cardKeyCommand(key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true }), idle)).toEqual({ type: 'step', direction: 1 });
    expect(cardKeyCommand(key({ key: '∏', code: 'KeyP', altKey: true, shiftKey: true }), idle)).toEqual({ type: 'step', direction: -1 });
  });

  it('leaves other chords, and any chord typed into a field, to the page', () => {
    expect(cardKeyCommand(key({ code: 'KeyN', altKey: true }), idle)).toBeUndefined();
    expect(cardKeyCommand(key({ code: 'KeyN', shiftKey: true }), idle)).toBeUndefined();
    expect(cardKeyCommand(key({ code: 'KeyN', altKey: true, shiftKey: true, ctrlKey: true }), idle)).toBeUndefined();
    expect(cardKeyCommand(key({ code: 'KeyN', altKey: true, shiftKey: true, metaKey: true }), idle)).toBeUndefined();
    expect(cardKeyCommand(key({ code: 'KeyM', altKey: true, shiftKey: true }), idle)).toBeUndefined();
    expect(cardKeyCommand(key({ code: 'KeyN', altKey: true, shiftKey: true }), { cardOpen: true, typing: true })).toBeUndefined();
  });

  it('knows where the reader types', () => {
    expect(isTypingTarget({ nodeType: 1, tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ nodeType: 1, tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ nodeType: 1, tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ nodeType: 1, tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ nodeType: 1, tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(isTypingTarget({ nodeType: 3 })).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
  });

  it('hovers only while the chosen modifier is held', () => {
    expect(hoverModifierHeld('none', { altKey: false, shiftKey: false })).toBe(true);
    expect(hoverModifierHeld('alt', { altKey: true, shiftKey: false })).toBe(true);
    expect(hoverModifierHeld('alt', { altKey: false, shiftKey: true })).toBe(false);
    expect(hoverModifierHeld('shift', { altKey: false, shiftKey: true })).toBe(true);
    expect(hoverModifierHeld('shift', { altKey: true, shiftKey: false })).toBe(false);
  });
});
