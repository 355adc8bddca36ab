import type { CommitmentSummary } from '../../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../../shared/domain/dates.ts';
import { pickText } from '../../../../components/ui/localized.tsx';
import { withAsOf } from '../../../../lib/as-of.ts';
import { articleRefText } from '../../../../lib/evidence.ts';
import { formatDate } from '../../../../lib/format.ts';
import { statusLabel, t } from '../../../../lib/i18n.ts';
import type { RowPeriod } from './timeline-model.ts';
import type { TooltipLine } from './timeline-tooltip.tsx';

/** A commitment's title in the reader's language (its Korean title on a Korean page, where it has one). */
export const titleOf = (commitment: { title: string; titleKo: string | null }) =>
  pickText(commitment.title, commitment.titleKo).text;

/** "Title: Status from DATE to DATE": the name a screen reader gives a period. */
export function periodName(title: string, period: RowPeriod): string {
  const params = {
    title,
    status: statusLabel(period.status),
    from: formatDate(period.from),
    to: formatDate(period.to),
  };
  return t(period.current ? 'timeline.segmentCurrent' : 'timeline.segment', params);
}

/** How many lines the update's summary may take in the tooltip (it is cut short on the server too). */
const SUMMARY_LINES = 3;

/** The tooltip of a period: the commitment, the status and its dates, and the update that set it. */
export function periodLines(commitment: CommitmentSummary, period: RowPeriod): TooltipLine[] {
  const when = period.current
    ? t('timeline.since', { from: formatDate(period.from) })
    : t('timeline.period', { from: formatDate(period.from), to: formatDate(period.to) });
  const lines: TooltipLine[] = [
    { text: `${articleRefText(commitment.articleRef)} · ${titleOf(commitment)}`, strong: true },
    { text: statusLabel(period.status), status: period.status },
    { text: when },
  ];
  const { update } = period;
  if (!update) lines.push({ text: t('timeline.noUpdate'), muted: true });
  else if (update.summary) {
    const summary = pickText(update.summary, update.summaryKo).text;
    lines.push({ text: t('timeline.update', { summary }), lines: SUMMARY_LINES, muted: true });
  }
  return lines;
}

/**
 * Where a period leads: its commitment's page, at the date the dashboard shows (as its list's links do),
 * scrolled to the update that started the period. The language stays as every link inside the site keeps it.
 */
export function periodLink(slug: string, period: RowPeriod, asOf: IsoDate | undefined): string {
  const page = withAsOf(`/commitments/${encodeURIComponent(slug)}`, asOf);
  return period.update ? `${page}#update-${period.update.id}` : page;
}
