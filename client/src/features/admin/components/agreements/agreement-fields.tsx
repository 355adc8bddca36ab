import type { ReactNode } from 'react';
import { BilingualPair, type TextSide } from '../../../../components/forms/bilingual-pair.tsx';
import { Field } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import type { AgreementDraft } from './agreement-draft.ts';
import { PartyField } from './party-field.tsx';

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
  const side = (field: keyof AgreementDraft & string, label: string, hint?: string): TextSide => ({
    label,
    hint,
    field,
    error: errorFor(field),
    ...bind(field),
  });
  const parties = bind('parties');
  return (
    <>
      <Field label={t('agreement.field.title')} error={errorFor('title')}>
        {(control) => <input {...control} {...bind('title')} className="input" />}
      </Field>
      {afterTitle}
      <Field label={t('agreement.field.titleKo')} optional error={errorFor('titleKo')}>
        {(control) => <input {...control} {...bind('titleKo')} className="input" lang="ko" />}
      </Field>
      <Field label={t('agreement.field.signedOn')} error={errorFor('signedOn')}>
        {(control) => <input {...control} {...bind('signedOn')} className="input input--short" type="date" />}
      </Field>
      <BilingualPair
        en={side('place', t('agreement.field.place'))}
        ko={side('placeKo', t('agreement.field.placeKo'))}
        singleLine
      />
      <PartyField
        legend={t('agreement.partiesLegend')}
        value={parties.value}
        error={errorFor('parties')}
        onChange={(value) => parties.onChange({ currentTarget: { value } })}
        onBlur={parties.onBlur}
      />
      <BilingualPair
        en={side('summary', t('agreement.field.summary'), t('agreement.summaryHint'))}
        ko={side('summaryKo', t('agreement.field.summaryKo'))}
      />
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
