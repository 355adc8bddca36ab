import { useId, type ReactNode } from 'react';
import { t, tCount } from '../../lib/i18n-tools.ts';
import './form.css';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

interface FieldProps {
  label: string;
  /** Shown under the label and read with the control. */
  hint?: ReactNode;
  /** Shown under the control, in words; the control is marked invalid. */
  error?: string;
  /** Marked "(optional)" for the eye; the label's accessible name stays exactly `label`. */
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and its error, wired for assistive technology. */
export function Field({ label, hint, error, optional = false, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? (
          <span className="field__optional" aria-hidden="true">
            {' '}
            {t('form.optional')}
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': optional ? undefined : true,
      })}
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface FormAlertProps {
  title?: string;
  children?: ReactNode;
  tone?: 'error' | 'warning' | 'success';
}

/** A message about the whole form, announced when it appears. */
export function FormAlert({ title, children, tone = 'error' }: FormAlertProps) {
  return (
    <div className={`form-alert form-alert--${tone}`} role={tone === 'success' ? 'status' : 'alert'}>
      {title ? <p className="form-alert__title">{title}</p> : null}
      {children}
    </div>
  );
}

/** After a refused submit: how many fields need attention (announced once per attempt). */
export function ErrorSummary({ attempt, count }: { attempt: number; count: number }) {
  if (attempt === 0 || count === 0) return null;
  return (
    <FormAlert key={attempt} title={t('form.checkTitle')}>
      <p>{tCount('form.checkFields', count)}</p>
    </FormAlert>
  );
}
