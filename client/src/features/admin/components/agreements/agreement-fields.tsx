import type { ReactNode } from 'react';
import { Field } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import type { AgreementDraft } from './agreement-draft.ts';

type Bind = (field: keyof AgreementDraft & string) => {
  value: string;
  onChange(event: { currentTarget: { value: string } }): void;
  onBlur(): void;
};

interface AgreementFieldsProps {
  bind: Bind;
  errorFor(field: string): string | undefined;
  /** Shown right after the title (the slug, when creating). */
  afterTitle?: ReactNode;
}

/** The agreement's own fields, shared by "New agreement" and "Edit agreement". */
export function AgreementFields({ bind, errorFor, afterTitle }: AgreementFieldsProps) {
  return (
    <>
      <Field label={t('agreement.field.title')} error={errorFor('title')}>
        {(control) => <input {...control} {...bind('title')} className="input" />}
      </Field>
      {afterTitle}
      <Field label={t('agreement.field.titleKo')} optional error={errorFor('titleKo')}>
        {(control) => <input {...control} {...bind('titleKo')} className="input" lang="ko" />}
      </Field>
      <div className="form-row">
        <Field label={t('agreement.field.signedOn')} error={errorFor('signedOn')}>
          {(control) => (
            <input {...control} {...bind('signedOn')} className="input input--short" type="date" />
          )}
        </Field>
        <Field label={t('agreement.field.place')} error={errorFor('place')}>
          {(control) => <input {...control} {...bind('place')} className="input" />}
        </Field>
      </div>
      <Field label={t('agreement.field.parties')} hint={t('edit.partiesHint')} error={errorFor('parties')}>
        {(control) => <input {...control} {...bind('parties')} className="input" />}
      </Field>
      <Field
        label={t('agreement.field.summary')}
        hint={t('agreement.summaryHint')}
        error={errorFor('summary')}
      >
        {(control) => <textarea {...control} {...bind('summary')} className="input" rows={3} />}
      </Field>
      <Field
        label={t('agreement.field.sourceUrl')}
        hint={t('agreement.sourceUrlHint')}
        optional
        error={errorFor('sourceUrl')}
      >
        {(control) => (
          <input {...control} {...bind('sourceUrl')} className="input" type="url" placeholder="https://" />
        )}
      </Field>
    </>
  );
}
