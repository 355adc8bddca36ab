import { describe, expect, it } from 'vitest';
import { badgeLayout, shortTitle, textWidth } from './badge-size.ts';

describe('shortTitle', () => {
  it('keeps short titles and cuts long ones at a word, with an ellipsis', () => {
    expect(shortTitle('Joint Olympic bid')).toBe('Joint Olympic bid');
    const cut = shortTitle('Trial withdrawal of 11 guard posts on each side within 1 km of the border');
    expect(cut).toBe('Trial withdrawal of 11 guard posts…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(36);
    expect(shortTitle('x'.repeat(50))).toBe(`${'x'.repeat(35)}…`);
    expect(shortTitle('감시초소 철수 '.repeat(8)).endsWith('…')).toBe(true);
  });

  it('gives wide scripts more room', () => {
    expect(textWidth('감시초소')).toBeGreaterThan(textWidth('abcd'));
  });
});

describe('badgeLayout', () => {
  it('is the short title and the status label side by side, 20 pixels high', () => {
    const layout = badgeLayout('Joint Olympic bid', 'Stalled');
    expect(layout.name).toBe('Joint Olympic bid');
    expect(layout.left).toBe(textWidth('Joint Olympic bid') + 12);
    expect(layout.right).toBe(6 + 12 + 4 + textWidth('Stalled') + 6);
    expect(layout.width).toBe(layout.left + layout.right);
    expect(layout.height).toBe(20);
  });

  it('grows with the status label: a longer status makes a wider badge', () => {
    expect(badgeLayout('Joint Olympic bid', 'Partially implemented').width).toBeGreaterThan(
      badgeLayout('Joint Olympic bid', 'Stalled').width,
    );
  });
});
