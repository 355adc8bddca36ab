import { Field } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';

interface Option {
  value: string;
  label: string;
}

/** A labelled menu whose first option asks to choose. */
export function ChoiceField(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={props.value}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        >
          <option value="">{t('admin.relations.choose')}</option>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The relation's optional notes, English and Korean. */
export function NoteFields(props: {
  note: string;
  noteKo: string;
  onChange: (patch: { note?: string; noteKo?: string }) => void;
}) {
  return (
    <>
      <Field label={t('admin.relations.note')} optional>
        {(control) => (
          <input
            {...control}
            className="input"
            value={props.note}
            onChange={(event) => props.onChange({ note: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('admin.relations.noteKo')} optional>
        {(control) => (
          <input
            {...control}
            className="input"
            lang="ko"
            value={props.noteKo}
            onChange={(event) => props.onChange({ noteKo: event.currentTarget.value })}
          />
        )}
      </Field>
    </>
  );
}
