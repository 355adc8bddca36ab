import { todayInSeoul } from '../../../../../../../shared/domain/dates.ts';
import { DATE_PRECISIONS, type DatePrecision } from '../../../../../../../shared/domain/evidence.ts';
import { Field } from '../../../../../components/ui/field.tsx';
import { t } from '../../../../../lib/i18n-tools.ts';
import type { EventDraft } from '../update-draft.ts';
import type { EventDraftForm } from '../use-event-draft.ts';

/**
 * How precisely the date is known, then the date at that precision: a day, a month or a year. The latest
 * allowed is today in Korea (the shared schema's rule), not today in UTC.
 */
export function DateFields<D extends EventDraft>({ form }: { form: EventDraftForm<D> }) {
  const { draft } = form;
  const today = todayInSeoul();
  const precision = draft.datePrecision;
  return (
    <div className="form-row">
      <fieldset className="fieldset fieldset--inline">
        <legend>{t('evidence.precision')}</legend>
        <div className="choice-row">
          {DATE_PRECISIONS.map((value: DatePrecision) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="date-precision"
                value={value}
                checked={precision === value}
                onChange={() => form.set('datePrecision', value as D['datePrecision'])}
              />{' '}
              {t(`evidence.precision.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t('updateForm.date')}
        hint={t(`evidence.dateHint.${precision}`)}
        error={form.errorFor(precision)}
      >
        {(control) =>
          precision === 'day' ? (
            <input
              {...control}
              data-field="effectiveOn"
              className="input input--short"
              type="date"
              max={today}
              value={draft.day}
              onChange={form.setField('day')}
              onBlur={() => form.touch('day')}
            />
          ) : precision === 'month' ? (
            <input
              {...control}
              data-field="effectiveOn"
              className="input input--short"
              type="month"
              placeholder="YYYY-MM"
              max={today.slice(0, 7)}
              value={draft.month}
              onChange={form.setField('month')}
              onBlur={() => form.touch('month')}
            />
          ) : (
            <input
              {...control}
              data-field="effectiveOn"
              className="input input--short"
              type="number"
              inputMode="numeric"
              min={1945}
              max={today.slice(0, 4)}
              placeholder="YYYY"
              value={draft.year}
              onChange={form.setField('year')}
              onBlur={() => form.touch('year')}
            />
          )
        }
      </Field>
    </div>
  );
}
