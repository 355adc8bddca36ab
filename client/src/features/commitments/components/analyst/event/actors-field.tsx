import { useId } from 'react';
import type { Party } from '../../../../../../../shared/contracts/public.ts';
import { t } from '../../../../../lib/i18n-tools.ts';
import { partyName } from './party-name.ts';

interface ActorsFieldProps {
  registry: readonly Party[];
  value: readonly string[];
  error: string | undefined;
  onChange(codes: string[]): void;
  onBlur(): void;
}

/** Who acted or made the claim: one checkbox per party in the registry, signatories first. */
export function ActorsField({ registry, value, error, onChange, onBlur }: ActorsFieldProps) {
  const id = useId();
  const ordered = [...registry].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'signatory' ? -1 : 1));
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset
      className={`fieldset${error ? ' field--invalid' : ''}`}
      aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
    >
      <legend>{t('evidence.actors')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('evidence.actorsHint')}
      </p>
      <div className="choice-grid">
        {ordered.map((party, index) => (
          <label key={party.code} className="choice">
            <input
              type="checkbox"
              data-field={index === 0 ? 'actors' : undefined}
              aria-invalid={error ? true : undefined}
              checked={value.includes(party.code)}
              onChange={(event) => toggle(party.code, event.currentTarget.checked)}
              onBlur={onBlur}
            />{' '}
            {partyName(party.code, registry)}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
