import { t } from '../../lib/i18n.ts';
import { useRecentlyUpdated } from './live-updates.ts';
import './live-cue.css';

/** A quiet "updated just now" note, announced politely to screen readers, after a live change. */
export function LiveCue() {
  const recent = useRecentlyUpdated();
  return (
    <p className={recent ? 'live-cue live-cue--shown' : 'live-cue'} role="status">
      {recent ? t('live.updatedJustNow') : ''}
    </p>
  );
}
