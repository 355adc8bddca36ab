import { describe, expect, it } from 'vitest';
import { badgeHtml, badgeMarkdown, badgePath, embedPath, feedPath, iframeSnippet } from './share-snippets.ts';

const shared = {
  origin: 'https://tracker.example.org',
  slug: 'gp-withdrawal',
  title: 'Withdraw guard posts',
};

describe('share snippets', () => {
  it("names the server's addresses for a commitment", () => {
    expect(feedPath('gp-withdrawal')).toBe('/commitments/gp-withdrawal/feed.atom');
    expect(badgePath('gp-withdrawal')).toBe('/badges/gp-withdrawal.svg');
    expect(embedPath('gp-withdrawal')).toBe('/embed/commitments/gp-withdrawal');
  });

  it('frames the card with its size, a title and no border', () => {
    expect(iframeSnippet(shared)).toBe(
      [
        '<iframe',
        '  src="https://tracker.example.org/embed/commitments/gp-withdrawal"',
        '  width="520"',
        '  height="240"',
        '  title="Withdraw guard posts: status on Accord Tracker"',
        '  style="border:0"',
        '></iframe>',
      ].join('\n'),
    );
  });

  it('links the badge to the commitment, in Markdown and in HTML', () => {
    expect(badgeMarkdown(shared)).toBe(
      '[![Withdraw guard posts: status on Accord Tracker](https://tracker.example.org/badges/gp-withdrawal.svg)]' +
        '(https://tracker.example.org/commitments/gp-withdrawal)',
    );
    expect(badgeHtml(shared)).toBe(
      '<a href="https://tracker.example.org/commitments/gp-withdrawal"><img src="https://tracker.example.org/badges/gp-withdrawal.svg" alt="Withdraw guard posts: status on Accord Tracker" height="20"></a>',
    );
  });

  it('escapes titles: quotes and markup in HTML (apostrophes stay readable), brackets in Markdown', () => {
    const tricky = { ...shared, title: `Reopen the "Kaesong" <complex> [2018] & the North's more` };
    expect(iframeSnippet(tricky)).toContain(
      `title="Reopen the &quot;Kaesong&quot; &lt;complex&gt; [2018] &amp; the North's more: status on Accord Tracker"`,
    );
    expect(badgeHtml(tricky)).toContain(
      `alt="Reopen the &quot;Kaesong&quot; &lt;complex&gt; [2018] &amp; the North's more:`,
    );
    expect(badgeMarkdown(tricky)).toMatch(
      /^\[!\[Reopen the "Kaesong" <complex> \\\[2018\\\] & the North's more: /,
    );
  });
});
