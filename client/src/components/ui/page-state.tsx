import { describeError } from '../../lib/error-message.ts';
import { t } from '../../lib/i18n.ts';
import './page-state.css';

/** A calm placeholder while a page's data loads; announced politely to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="page-state page-state--loading" role="status">
      <span className="page-state__spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

interface ErrorStateProps {
  /** What failed, e.g. "The dashboard could not be loaded." */
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failure said in words: what could not be shown, why, and a way to try again. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  return (
    <div className="page-state page-state--error" role="alert">
      <h1 className="page-state__title">{t('error.heading')}</h1>
      <p>
        <strong>{title}</strong> {describeError(error)}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}
