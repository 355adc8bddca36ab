import type { Compare } from '../../../shared/contracts/public.ts';
import { COMPARE_CSV_COLUMNS } from '../../../shared/contracts/public.ts';
import { shareSeries, turningPoints } from '../../../shared/domain/compare.ts';
import { statusTimeline } from '../../../shared/domain/status-timeline.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { csvLine } from '../open-data/csv.ts';

/** Every agreement's progress line and turning points, in the dashboard's order, by the shared status rule. */
export function buildCompare(catalog: Catalog): Compare {
  return {
    agreements: catalog.agreements.map((agreement) => {
      const timelines = catalog.commitments
        .filter((row) => row.agreementId === agreement.id)
        .map((row) => statusTimeline(row.updates));
      const points = shareSeries(timelines, agreement.signedOn);
      return {
        slug: agreement.slug,
        title: agreement.title,
        titleKo: agreement.titleKo,
        signedOn: agreement.signedOn,
        points,
        ...turningPoints(points),
      };
    }),
  };
}

/** The same series as CSV: one row per point, its turning point named (peak, fall). UTF-8 with BOM, CRLF. */
export function compareCsv(compare: Compare): string {
  const lines = [csvLine(COMPARE_CSV_COLUMNS)];
  for (const agreement of compare.agreements) {
    const falls = new Set(agreement.falls.map((fall) => fall.date));
    for (const point of agreement.points) {
      const turning = point.date === agreement.peak?.date ? 'peak' : falls.has(point.date) ? 'fall' : null;
      lines.push(
        csvLine([
          agreement.slug,
          agreement.title,
          point.date,
          point.done,
          point.total,
          point.percent,
          turning,
        ]),
      );
    }
  }
  return '\uFEFF' + lines.join('');
}
