import './forms.css';
import type { ReactNode } from 'react';
import { Field } from '../ui/field.tsx';

export interface TextSide {
  label: string;
  hint?: ReactNode;
  value: string;
  error: string | undefined;
  /** Marked optional; by default only the Korean side is. */
  optional?: boolean;
  /** The schema path, for the error summary's links. */
  field: string;
  onChange(event: { currentTarget: { value: string } }): void;
  onBlur(): void;
}

interface BilingualPairProps {
  en: TextSide;
  /** The Korean side is optional: a missing Korean text is allowed, and counted in the workspace. */
  ko: TextSide;
  rows?: number;
  /** One line each (inputs) rather than textareas. */
  singleLine?: boolean;
}

/** The English text and its Korean version side by side on wide screens, one above the other on narrow. */
export function BilingualPair({ en, ko, rows = 3, singleLine = false }: BilingualPairProps) {
  const side = (text: TextSide, lang: 'en' | 'ko') => (
    <Field label={text.label} hint={text.hint} optional={text.optional ?? lang === 'ko'} error={text.error}>
      {(control) =>
        singleLine ? (
          <input
            {...control}
            data-field={text.field}
            className="input"
            lang={lang === 'ko' ? 'ko' : undefined}
            value={text.value}
            onChange={text.onChange}
            onBlur={text.onBlur}
          />
        ) : (
          <textarea
            {...control}
            data-field={text.field}
            className="input"
            rows={rows}
            lang={lang === 'ko' ? 'ko' : undefined}
            value={text.value}
            onChange={text.onChange}
            onBlur={text.onBlur}
          />
        )
      }
    </Field>
  );
  return (
    <div className="bilingual">
      {side(en, 'en')}
      {side(ko, 'ko')}
    </div>
  );
}
