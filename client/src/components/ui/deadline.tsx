import type { IsoDate } from '../../../../shared/domain/dates.ts';
import type { DeadlineState } from '../../../../shared/domain/deadlines.ts';
import { formatDate } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import { pickText, UntranslatedMark } from './localized.tsx';
import './deadline.css';

/** "Deadline missed", with a mark that does not rely on colour. */
export function DeadlineMissed({ className }: { className?: string }) {
  return (
    <span className={['deadline-missed', className ?? ''].filter(Boolean).join(' ')}>
      <svg
        className="deadline-missed__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M8 1.5 15 14H1Z" fill="currentColor" />
        <path className="deadline-missed__knockout" d="M8 6v4" strokeWidth="1.75" strokeLinecap="round" />
        <circle className="deadline-missed__dot" cx="8" cy="12" r="1" />
      </svg>
      {t('deadline.missed')}
    </span>
  );
}

interface DeadlineStatusProps {
  /** The state as of the date the page shows (shared/domain/deadlines.ts deadlineState). */
  state: DeadlineState;
  deadline: IsoDate | null;
  deadlineMetOn: IsoDate | null;
  className?: string;
}

/**
 * Where a deadline stands on the page's date: "Deadline met 26 Dec 2018" (or "Met late, on …"),
 * "Deadline missed", "Due …"; nothing without a deadline.
 */
export function DeadlineStatus({ state, deadline, deadlineMetOn, className }: DeadlineStatusProps) {
  const classes = (modifier: string) =>
    ['deadline-state', modifier, className ?? ''].filter(Boolean).join(' ');
  if (state === 'missed') return <DeadlineMissed className={className} />;
  if (state === 'met' && deadlineMetOn) {
    const late = deadline !== null && deadlineMetOn > deadline;
    return (
      <span className={classes(late ? 'deadline-state--late' : 'deadline-state--met')}>
        <span className="deadline-state__mark" aria-hidden="true">
          ✓
        </span>
        {t(late ? 'deadline.metLate' : 'deadline.met', { date: formatDate(deadlineMetOn) })}
      </span>
    );
  }
  if (state === 'pending' && deadline) {
    return (
      <span className={classes('deadline-state--pending')}>
        {t('deadline.due', { date: formatDate(deadline) })}
      </span>
    );
  }
  return null;
}

interface DeadlineTermsProps {
  deadline: IsoDate | null;
  /** The condition or timing as agreed, e.g. "When conditions are ripe.", and its Korean. */
  note: string | null;
  noteKo: string | null;
}

/** The date and the terms of a commitment's timing, as one line: "Deadline 31 Oct 2018 · October 2018." */
export function DeadlineTerms({ deadline, note, noteKo }: DeadlineTermsProps) {
  if (!deadline && !note) return null;
  const picked = note ? pickText(note, noteKo) : null;
  return (
    <>
      {deadline ? (
        <span className="deadline-terms__date">
          {t('deadline.by')} <time dateTime={deadline}>{formatDate(deadline)}</time>
        </span>
      ) : (
        <span className="deadline-terms__date">{t('deadline.timing')}</span>
      )}
      {picked ? (
        <span className="deadline-terms__note">
          <span lang={picked.lang}>{picked.text}</span>
          {picked.untranslated ? <UntranslatedMark /> : null}
        </span>
      ) : null}
    </>
  );
}
