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

/** The notes and the "Add relation" button that end both relation forms. */
export function NotesAndSubmit(props: {
  note: string;
  noteKo: string;
  onChange: (patch: { note?: string; noteKo?: string }) => void;
  disabled: boolean;
}) {
  return (
    <>
      <NoteFields note={props.note} noteKo={props.noteKo} onChange={props.onChange} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={props.disabled || undefined}>
          {t('admin.relations.add')}
        </button>
      </div>
    </>
  );
}

/** One relation as a row with its Remove button, named after the other end for screen readers. */
export function RemovableRelation(props: { text: string; other: string; onRemove: () => void }) {
  return (
    <li className="admin-list__item admin-list__item--row">
      <span>{props.text}</span>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={t('admin.relations.removeNamed', { title: props.other })}
        onClick={props.onRemove}
      >
        {t('admin.relations.remove')}
      </button>
    </li>
  );
}
