import type { Party, StatusUpdate } from '../../../../shared/contracts/public.ts';
import { formatAtPrecision, partyNames } from '../../lib/evidence.ts';
import { formatTimestampDate } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import { pickText, UntranslatedMark } from './localized.tsx';
import './update-evidence.css';

type Evidence = Pick<
  StatusUpdate,
  'effectiveOn' | 'datePrecision' | 'actors' | 'standing' | 'disputeNote' | 'disputeNoteKo' | 'createdAt'
>;

/** When it happened, as precisely as it is known: "19 Sep 2018", "March 2019" or "2019". */
export function UpdateDate({ update, className }: { update: Evidence; className: string }) {
  return (
    <time className={className} dateTime={update.effectiveOn}>
      {formatAtPrecision(update.effectiveOn, update.datePrecision)}
    </time>
  );
}

/**
 * The standing beside the date: a confirmed update stays quiet; a claim says whose it is ("Claimed by
 * North Korea"); a disputed one says so (its note follows below the summary).
 */
export function StandingTag({ update, registry }: { update: Evidence; registry: readonly Party[] }) {
  if (update.standing === 'confirmed') return null;
  if (update.standing === 'disputed')
    return <span className="standing-tag standing-tag--disputed">{t('evidence.disputed')}</span>;
  const names = partyNames(update.actors, registry);
  return (
    <span className="standing-tag standing-tag--claimed">
      {names ? t('evidence.claimedBy', { names }) : t('evidence.claimed')}
    </span>
  );
}

/** Who acted, by name; a claim already names its actors, and an entry not yet attributed shows nothing. */
export function UpdateActors({ update, registry }: { update: Evidence; registry: readonly Party[] }) {
  if (update.standing === 'claimed' || update.actors.length === 0) return null;
  return (
    <span className="update-actors">
      {t('evidence.actors', { names: partyNames(update.actors, registry) })}
    </span>
  );
}

/** By whom and why a disputed update is contested, in the page's language where there is a Korean note. */
export function DisputeNote({ update, className }: { update: Evidence; className: string }) {
  if (update.standing !== 'disputed' || !update.disputeNote) return null;
  const note = pickText(update.disputeNote, update.disputeNoteKo);
  const [before, after] = t('evidence.disputeNote').split('{note}');
  return (
    <p className={`dispute-note ${className}`}>
      {before}
      <span lang={note.lang}>{note.text}</span>
      {after}
      {note.untranslated ? <UntranslatedMark /> : null}
    </p>
  );
}

/** When the update was recorded, beside when it happened, and by whom. */
export function recordedText(update: Evidence & { author: string }): string {
  return t('evidence.recordedBy', { date: formatTimestampDate(update.createdAt), name: update.author });
}
