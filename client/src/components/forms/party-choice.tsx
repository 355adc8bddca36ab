import './forms.css';
import { useId } from 'react';
import type { Party } from '../../../../shared/contracts/public.ts';
import { t } from '../../lib/i18n-tools.ts';
import { partyName } from './party-name.ts';

interface PartyChoiceProps {
  legend: string;
  hint: string;
  /** The schema path of the list (actors, parties), for the error summary's link. */
  field: string;
  registry: readonly Party[];
  value: readonly string[];
  error: string | undefined;
  onChange(codes: string[]): void;
  onBlur(): void;
}

/** Parties chosen from the registry (who acted, who is responsible): one checkbox each, signatories first. */
export function PartyChoice({
  legend,
  hint,
  field,
  registry,
  value,
  error,
  onChange,
  onBlur,
}: PartyChoiceProps) {
  const id = useId();
  const ordered = [...registry].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'signatory' ? -1 : 1));
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset
      className={`fieldset${error ? ' field--invalid' : ''}`}
      aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
    >
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <div className="choice-grid">
        {ordered.map((party, index) => (
          <label key={party.code} className="choice">
            <input
              type="checkbox"
              data-field={index === 0 ? field : undefined}
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
