import type { Ref } from 'react';
import { todayInSeoul } from '../../../../../../shared/domain/dates.ts';
import { Field } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { sourcePath, type SourceDraft, type SourceField } from './update-draft.ts';

const SOURCE_KINDS = ['official', 'news', 'analysis', 'other'] as const;

interface SourceFieldsetProps {
  /** 0-based; the legend counts from 1. */
  index: number;
  source: SourceDraft;
  /** Only with more than one source can one be removed. */
  removable: boolean;
  /** On a disputed event a source can be marked as contesting the claim. */
  disputed: boolean;
  errorFor(field: SourceField): string | undefined;
  onChange(field: SourceField, value: string): void;
  onContestsChange(contests: boolean): void;
  onBlur(field: SourceField): void;
  onRemove(): void;
  urlRef?: Ref<HTMLInputElement>;
}

/**
 * One source as a group named "Source N": inside it the fields keep their plain labels ("Source URL"),
 * so each group reads the same and can be addressed as a whole.
 */
export function SourceFieldset(props: SourceFieldsetProps) {
  const { index, source, removable, disputed, errorFor, onChange, onBlur, onRemove, urlRef } = props;
  const number = index + 1;
  const bind = (field: SourceField) => ({
    'data-field': sourcePath(index, field),
    value: source[field],
    onChange: (event: { currentTarget: { value: string } }) => onChange(field, event.currentTarget.value),
    onBlur: () => onBlur(field),
  });
  return (
    <fieldset className="fieldset source-fieldset">
      <legend>{t('updateForm.source.legend', { number })}</legend>
      <div className="source-fieldset__fields">
        <Field label={t('updateForm.source.url')} error={errorFor('url')} className="source-fieldset__wide">
          {(control) => (
            <input
              {...control}
              {...bind('url')}
              ref={urlRef}
              className="input"
              type="url"
              inputMode="url"
              placeholder="https://"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field
          label={t('updateForm.source.title')}
          hint={t('updateForm.source.titleHint')}
          error={errorFor('title')}
          className="source-fieldset__wide"
        >
          {(control) => <input {...control} {...bind('title')} className="input" autoComplete="off" />}
        </Field>
        <Field label={t('evidence.source.kind')} error={errorFor('kind')}>
          {(control) => (
            <select {...control} {...bind('kind')} className="input">
              <option value="">{t('evidence.source.kindChoose')}</option>
              {SOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`evidence.source.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('updateForm.source.publisher')} optional error={errorFor('publisher')}>
          {(control) => <input {...control} {...bind('publisher')} className="input" autoComplete="off" />}
        </Field>
        <Field label={t('updateForm.source.publishedOn')} optional error={errorFor('publishedOn')}>
          {(control) => (
            <input {...control} {...bind('publishedOn')} className="input" type="date" max={todayInSeoul()} />
          )}
        </Field>
      </div>
      {disputed ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={source.contests}
            onChange={(event) => props.onContestsChange(event.currentTarget.checked)}
          />{' '}
          {t('evidence.source.contests')}
        </label>
      ) : null}
      {removable ? (
        <button type="button" className="link-button source-fieldset__remove" onClick={onRemove}>
          {t('updateForm.source.remove', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
