import type { StatusKey } from '../../../../shared/domain/status.ts';
import { statusLabel } from '../../lib/i18n.ts';
import { StatusGlyph } from './status-glyph.tsx';
import './status.css';

interface StatusBadgeProps {
  status: StatusKey;
  /** "plain" drops the tinted box, for places that already frame the status (the counts). */
  variant?: 'badge' | 'plain';
  size?: 'normal' | 'large';
}

/** A status shown by label, colour and shape together; never by colour alone. */
export function StatusBadge({ status, variant = 'badge', size = 'normal' }: StatusBadgeProps) {
  const classes = ['status-badge', `status--${status}`, `status-badge--${variant}`, `status-badge--${size}`];
  return (
    <span className={classes.join(' ')}>
      <StatusGlyph status={status} />
      <span className="status-badge__label">{statusLabel(status)}</span>
    </span>
  );
}
