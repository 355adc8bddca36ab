import { PartyChoice } from '../../../../components/forms/party-choice.tsx';
import { splitList } from '../../../../lib/form-values.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useParties } from '../../api/parties.ts';

interface PartyFieldProps {
  legend: string;
  /** The draft's comma-separated codes, as the admin forms keep them. */
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  onBlur(): void;
}

/** Parties chosen from the registry; while it loads (or if it cannot), the codes can still be typed. */
export function PartyField({ legend, value, error, onChange, onBlur }: PartyFieldProps) {
  const parties = useParties();
  if (!parties.data) {
    return (
      <label className="field">
        <span className="field__label">{legend}</span>
        <input
          className="input"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          onBlur={onBlur}
        />
        <span className="field__hint">{t('edit.partiesHint')}</span>
      </label>
    );
  }
  return (
    <PartyChoice
      legend={legend}
      hint={t('evidence.actorsHint')}
      field="parties"
      registry={parties.data}
      value={splitList(value)}
      error={error}
      onChange={(codes) => onChange(codes.join(', '))}
      onBlur={onBlur}
    />
  );
}
