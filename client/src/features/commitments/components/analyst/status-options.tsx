import { STATUS_KEYS } from '../../../../../../shared/domain/status.ts';
import { statusLabel, t } from '../../../../lib/i18n-tools.ts';

/** "Choose a status…" and the seven statuses, for the status selects of the analyst forms. */
export function StatusOptions() {
  return (
    <>
      <option value="">{t('updateForm.statusChoose')}</option>
      {STATUS_KEYS.map((status) => (
        <option key={status} value={status}>
          {statusLabel(status)}
        </option>
      ))}
    </>
  );
}
