import { t } from '../../../../lib/i18n-tools.ts';

interface WorkspaceFormActionsProps {
  /** The submit button's text (already chosen for a conflict, when there is one). */
  submitLabel: string;
  /** What to say while the write is under way. */
  pendingLabel: string;
  pending: boolean;
  /** The button cannot act yet (a write under way, or the latest version still loading). */
  blocked: boolean;
  onClose: () => void;
}

/** The foot of an analyst form: submit, close (which keeps the draft), and a polite "saving…" note. */
export function WorkspaceFormActions({
  submitLabel,
  pendingLabel,
  pending,
  blocked,
  onClose,
}: WorkspaceFormActionsProps) {
  return (
    <>
      <div className="form-actions workspace-form__actions">
        <button type="submit" className="button" aria-disabled={blocked || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('workspace.close')}
        </button>
        {pending ? (
          <span className="muted" role="status">
            {pendingLabel}
          </span>
        ) : null}
      </div>
      <p className="field__hint">{t('workspace.closeKeeps')}</p>
    </>
  );
}
