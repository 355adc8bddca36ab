import { Form, Link } from 'react-router';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { t } from '../../../lib/i18n.ts';

interface AsOfFormProps {
  asOf: string | undefined;
  /** The earliest date worth asking about (the first signing). */
  min: string | undefined;
}

/** Travels back in time: a GET form, so the chosen date lands in the URL and the link can be shared. */
export function AsOfForm({ asOf, min }: AsOfFormProps) {
  return (
    <Form method="get" action="/" className="as-of-form">
      <label htmlFor="as-of-date" className="as-of-form__label">
        {t('dashboard.asOf.label')}
      </label>
      <div className="as-of-form__controls">
        <input
          key={asOf ?? 'today'}
          id="as-of-date"
          className="as-of-form__input"
          type="date"
          name="asOf"
          required
          min={min}
          max={todayIso()}
          defaultValue={asOf}
        />
        <button type="submit" className="button button--quiet">
          {t('dashboard.asOf.submit')}
        </button>
        {asOf ? (
          <Link to="/" className="as-of-form__reset">
            {t('dashboard.asOf.reset')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
