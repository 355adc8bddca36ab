import { describe, expect, it } from 'vitest';
import { oneColumn, shortenText, textColumns } from './shorten-text.ts';

describe('shortenText', () => {
  it('keeps a text that fits, with its white space tidied', () => {
    expect(shortenText('  Both sides\n pulled troops out. ', 30)).toBe('Both sides pulled troops out.');
  });

  it('cuts at the last word break that keeps most of the room, without trailing punctuation', () => {
    const text = 'Both sides pulled troops, weapons and equipment out of their 11 posts';
    const cut = shortenText(text, 40);
    expect(cut).toBe('Both sides pulled troops, weapons and…');
    expect(textColumns(cut)).toBeLessThanOrEqual(40);
    // A break too early would waste the room: the word is cut instead.
    expect(shortenText('A reconciliationprocess begins', 20)).toBe('A reconciliationpro…');
    // The word that ends right at the cut is kept whole.
    expect(shortenText('Demilitarisation of the Joint Security Area', 20)).toBe('Demilitarisation of…');
  });

  it('counts a Korean syllable as two columns, unless told to count characters', () => {
    expect(textColumns('감시초소 철수')).toBe(13);
    expect(textColumns('‘…’ — é')).toBe(7); // punctuation and accents are narrow
    const korean = '양측은 11개 감시초소에서 병력과 장비를 철수하고 11월 11일 철거를 시작했다';
    const cut = shortenText(korean, 40);
    expect(cut).toBe('양측은 11개 감시초소에서 병력과 장비를…');
    expect(textColumns(cut)).toBeLessThanOrEqual(40);
    expect(shortenText(korean, 20, oneColumn)).toBe('양측은 11개 감시초소에서 병력과…');
  });
});
