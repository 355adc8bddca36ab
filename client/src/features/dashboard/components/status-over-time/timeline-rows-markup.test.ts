import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../../../../../shared/contracts/public.ts';
import { makeAgreement, makeSummary } from '../../../../test-support/fixtures.ts';
import { layoutChart } from './timeline-layout.ts';
import { buildTimelineModel } from './timeline-model.ts';
import { periodsMarkup, rowBandsMarkup } from './timeline-rows-markup.ts';

describe('the chart rows as markup', () => {
  const agreements = [makeAgreement({ slug: 'pjd', title: 'pjd', signedOn: '2018-09-19' })];
  const commitments = [
    makeSummary({
      slug: 'a',
      agreementSlug: 'pjd',
      title: 'Rail & roads <"north">',
      text: '',
      parties: [],
      position: 1,
    }),
    makeSummary({
      slug: 'b',
      agreementSlug: 'pjd',
      title: 'Guard posts',
      text: '',
      parties: [],
      position: 2,
    }),
  ];
  const timeline: Timeline = {
    commitments: [
      {
        slug: 'a',
        changes: [['2018-10-26', 'in_progress']],
        updates: [{ id: 7, summary: 'Started', summaryKo: null }],
      },
      { slug: 'b', changes: [], updates: [] },
    ],
  };
  const layout = layoutChart(buildTimelineModel(commitments, agreements, timeline, '2022-01-01')!, 720);

  it('makes each period a named link to its update, escaped, with the first one the only tab stop', () => {
    const markup = periodsMarkup(layout, '2020-01-01');
    const links = [...markup.matchAll(/<a ([^>]*)>/g)].map((match) => match[1]!);
    expect(links).toHaveLength(3);
    expect(links.map((link) => /data-spot="([^"]*)"/.exec(link)![1])).toEqual(['0:0', '0:1', '1:0']);
    expect(links.filter((link) => link.includes('tabindex="0"'))).toEqual([links[0]]);
    expect(links[1]).toContain('href="/commitments/a?asOf=2020-01-01#update-7"');
    expect(links[0]).toContain('href="/commitments/a?asOf=2020-01-01"'); // before any update
    expect(links[1]).toContain('aria-label="Rail &amp; roads &lt;&quot;north&quot;&gt;: In progress from');
    expect(markup).not.toMatch(/<"north">/);
  });

  it('gives every row a band the chart can shade', () => {
    expect(rowBandsMarkup(layout).match(/<rect class="tl-row" data-row="\d"/g)).toHaveLength(2);
  });
});
