import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { todayIso, type IsoDate } from '../../../../../shared/domain/dates.ts';
import { AS_OF_PARAM } from '../../../lib/as-of.ts';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import { KeptParams } from '../../../components/ui/kept-params.tsx';

interface AsOfControlProps {
  /** The date shown, if not today. */
  asOf: IsoDate | undefined;
  /** The first signing date: the earliest date worth asking about. */
  min: IsoDate | undefined;
  /** Called with a date, or undefined for today. */
  onChange: (asOf: IsoDate | undefined) => void;
}

/**
 * Travels back in time. The date lands in the URL (?asOf=), so the link shows the same view to anyone; "Today"
 * removes it. The input is left uncontrolled while someone types in it (a half-typed date is empty, and must not
 * be overwritten); it follows the URL when the date changes elsewhere (a quick pick, Back).
 */
export function AsOfControl({ asOf, min, onChange }: AsOfControlProps) {
  const today = todayIso();
  const shown = asOf ?? today;
  const input = useRef<HTMLInputElement>(null);
  // Which shown date a refused entry was typed over: the message goes once the date changes.
  const [refusedOver, setRefusedOver] = useState<IsoDate | null>(null);
  const outOfRange = refusedOver === shown;

  const choose = (value: string) => {
    if (!value) return; // still being typed
    if ((min && value < min) || value > today) return setRefusedOver(shown);
    setRefusedOver(null);
    onChange(value >= today ? undefined : value);
  };

  // A date typed into the server's page before the browser's code took it over is not lost: it is chosen
  // once, when the control is hydrated (React does not report changes made before that).
  const typedEarly = useRef(true);
  useEffect(() => {
    const early = typedEarly.current;
    typedEarly.current = false;
    if (!input.current || input.current.value === shown) return;
    if (early && input.current.value) choose(input.current.value);
    else input.current.value = shown;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the shown date only; `choose` is new each render
  }, [shown]);

  // Buttons of a plain GET form: without JavaScript the server answers it (the pick's asOf, sent after the
  // date field's, is the one that counts); with it, each choice applies at once.
  const pick = (value: IsoDate | undefined) => (event: MouseEvent) => {
    event.preventDefault();
    onChange(value);
  };
  return (
    <form className="as-of" method="get" action="/" onSubmit={(event) => event.preventDefault()}>
      <KeptParams except={[AS_OF_PARAM]} />
      <label htmlFor="as-of-date" className="as-of__label">
        {t('asOf.label')}
      </label>
      <div className="as-of__controls">
        <input
          ref={input}
          id="as-of-date"
          name={AS_OF_PARAM}
          className="as-of__input"
          type="date"
          min={min}
          max={today}
          defaultValue={shown}
          aria-invalid={outOfRange || undefined}
          aria-describedby={outOfRange ? 'as-of-range' : undefined}
          onChange={(event) => choose(event.currentTarget.value)}
        />
        <button type="submit" className="as-of__pick no-js-only">
          {t('asOf.show')}
        </button>
        <div className="as-of__picks" role="group" aria-label={t('asOf.quickPicks')}>
          {min ? (
            <button
              type="submit"
              name={AS_OF_PARAM}
              value={min}
              className="as-of__pick"
              aria-pressed={asOf === min}
              onClick={pick(min < today ? min : undefined)}
            >
              {t('asOf.signing')}
            </button>
          ) : null}
          <button
            type="submit"
            name={AS_OF_PARAM}
            value=""
            className="as-of__pick"
            aria-pressed={!asOf}
            onClick={pick(undefined)}
          >
            {t('asOf.today')}
          </button>
        </div>
      </div>
      {outOfRange ? (
        <p id="as-of-range" className="as-of__error" role="alert">
          {t('asOf.range', { from: min ? formatDate(min) : '', to: formatDate(today) })}
        </p>
      ) : null}
    </form>
  );
}
