import type { PageLocale } from '../../../shared/contracts/page-render.ts';
import { statusAsOf } from '../../../shared/domain/current-status.ts';
import { STATUS_LABELS, type StatusKey } from '../../../shared/domain/status.ts';
import type { Catalog, CatalogCommitment } from '../catalog/catalog.ts';
import type { CardContent } from './card-svg.ts';

/** The Korean status labels of the web client (docs/decisions/017-korean-labels.md). */
const STATUS_LABELS_KO: Record<StatusKey, string> = {
  not_started: '미착수',
  in_progress: '진행 중',
  partial: '부분 이행',
  implemented: '이행 완료',
  stalled: '정체',
  reversed: '역행',
  abandoned: '무산',
};

const TEXT = {
  en: {
    dashboard: 'Where every commitment stands',
    overview: 'Status of every commitment',
    agreement: 'Agreement',
    done: (done: number, total: number) =>
      `${done} of ${total} commitments implemented or partially implemented`,
    statusNow: (status: string) => `Status: ${status}`,
    asOf: (date: string) => `As of ${date}`,
  },
  ko: {
    dashboard: '모든 합의 사항의 이행 현황',
    overview: '모든 합의 사항의 이행 상태',
    agreement: '합의',
    done: (done: number, total: number) => `합의 사항 ${total}개 중 ${done}개 이행 완료 또는 부분 이행`,
    statusNow: (status: string) => `현재 상태: ${status}`,
    asOf: (date: string) => `${date} 기준`,
  },
} as const;

export type CardKind = 'dashboard' | 'agreements' | 'commitments';

const localized = (locale: PageLocale, en: string, ko: string | null | undefined) =>
  locale === 'ko' && ko ? ko : en;

function countsOf(commitments: readonly CatalogCommitment[]) {
  const counts: Partial<Record<StatusKey, number>> = {};
  for (const commitment of commitments) {
    const status = statusAsOf(commitment.updates);
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/** What a card says, from the catalog; undefined when the agreement or commitment does not exist. */
export function cardContent(
  catalog: Catalog,
  kind: CardKind,
  slug: string,
  locale: PageLocale,
  today: string,
): CardContent | undefined {
  const text = TEXT[locale];
  const statusLabel = (status: StatusKey) => (locale === 'ko' ? STATUS_LABELS_KO : STATUS_LABELS)[status];
  const summary = (commitments: readonly CatalogCommitment[]) => {
    const counts = countsOf(commitments);
    return {
      counts,
      headline: text.done((counts.implemented ?? 0) + (counts.partial ?? 0), commitments.length),
    };
  };
  const footer = text.asOf(today);
  if (kind === 'dashboard')
    return {
      kicker: text.overview,
      title: text.dashboard,
      ...summary(catalog.commitments),
      statusLabel,
      footer,
    };
  if (kind === 'agreements') {
    const agreement = catalog.agreements.find((row) => row.slug === slug);
    if (!agreement) return undefined;
    const commitments = catalog.commitments.filter((row) => row.agreementSlug === slug);
    const title = localized(locale, agreement.title, agreement.titleKo);
    return { kicker: text.agreement, title, ...summary(commitments), statusLabel, footer };
  }
  const commitment = catalog.commitments.find((row) => row.slug === slug);
  if (!commitment) return undefined;
  const agreement = catalog.agreements.find((row) => row.slug === commitment.agreementSlug);
  const status = statusAsOf(commitment.updates);
  return {
    kicker: agreement ? localized(locale, agreement.title, agreement.titleKo) : text.agreement,
    title: localized(locale, commitment.title, commitment.titleKo),
    headline: text.statusNow(statusLabel(status)),
    headlineStatus: status,
    statusLabel,
    footer,
  };
}
