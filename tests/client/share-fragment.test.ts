import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare } from '../../client/src/share/fragment.ts';

describe('share links carry the draft in the URL fragment', () => {
  test('a text with channels survives the round trip, including Swedish letters, emoji and line breaks', () => {
    const draft = { text: 'Välkommen till Nolhagabadet! 🏊‍♀️\n\nÖppet 8–20. #Alingsås', channels: ['instagram', 'facebook'] };
    expect(decodeShare(`#dela=${encodeShare(draft)}`)).toEqual(draft);
  });

  test('a text without channels comes back without channels', () => {
    expect(decodeShare(`#dela=${encodeShare({ text: 'Hej' })}`)).toEqual({ text: 'Hej' });
  });

  test('the fragment is URL-safe, so it survives being pasted into a chat or an e-mail', () => {
    const data = encodeShare({ text: 'Å ä ö & = # ? / + % "citat" <tagg>', channels: ['x'] });
    expect(data).toMatch(/^[A-Za-z0-9+$-]*$/);
    expect(decodeURIComponent(data)).toBe(data);
  });

  test('finds the draft among other fragment keys and ignores fragments without one', () => {
    const data = encodeShare({ text: 'Hej' });
    expect(decodeShare(`#a=1&dela=${data}&b=2`)).toEqual({ text: 'Hej' });
    expect(decodeShare('')).toBeNull();
    expect(decodeShare('#main')).toBeNull();
  });

  test('a broken or tampered link gives no draft instead of an error', () => {
    expect(decodeShare('#dela=')).toBeNull();
    expect(decodeShare('#dela=inte-komprimerat')).toBeNull();
    expect(decodeShare(`#dela=${encodeShare({ text: 'Hej' }).slice(0, 5)}`)).toBeNull();
  });

  test('refuses texts longer than the lint API accepts and malformed channel lists', () => {
    expect(decodeShare(`#dela=${encodeShare({ text: 'a'.repeat(20_001) })}`)).toBeNull();
    expect(decodeShare(`#dela=${encodeShare({ text: 'Hej', channels: [''] })}`)).toBeNull();
    expect(decodeShare(`#dela=${encodeShare({ text: 'Hej', channels: Array.from({ length: 21 }, () => 'x') })}`)).toBeNull();
  });
});
