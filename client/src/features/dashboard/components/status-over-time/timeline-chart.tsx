import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useNavigate } from 'react-router';
import type { IsoDate } from '../../../../../../shared/domain/dates.ts';
import { leftToBrowser } from '../../../../lib/follow-in-app.ts';
import { articleRefText } from '../../../../lib/evidence.ts';
import { formatDate } from '../../../../lib/format.ts';
import { useLocale } from '../../../../lib/locale.ts';
import { statusLabel, t } from '../../../../lib/i18n.ts';
import { layoutChart, type ChartLayout, type RowBox } from './timeline-layout.ts';
import { stepOn, type TimelineModel } from './timeline-model.ts';
import { periodLines, titleOf } from './timeline-period.ts';
import { periodsMarkup, rowBandsMarkup, spotKey, spotOf, type Spot } from './timeline-rows-markup.ts';
import { STACK, TimelineTotals } from './timeline-totals.tsx';
import { fitText, textWidth, TimelineTooltip, type TooltipLine } from './timeline-tooltip.tsx';

/** The period of a row that covers a day (for moving up and down between rows). */
function periodAt(box: RowBox, day: IsoDate): number {
  const index = box.row.periods.findIndex((p) => p.from <= day && day < p.to);
  return index === -1 ? box.row.periods.length - 1 : index;
}

function RowLabel({ box, layout }: { box: RowBox; layout: ChartLayout }) {
  const { commitment } = box.row;
  const room = layout.narrow ? layout.width - 4 : layout.labelWidth;
  const ref = `${articleRefText(commitment.articleRef)}  `;
  return (
    <text className="tl-label" x="0" y={box.labelY}>
      <tspan className="tl-label--muted">{ref}</tspan>
      {fitText(titleOf(commitment), room - textWidth(ref, 12, true))}
    </text>
  );
}

interface TimelineChartProps {
  model: TimelineModel;
  width: number;
  asOf: IsoDate | undefined;
}

/**
 * One row per commitment, a rectangle per period filled with its status's pattern, each a link to the
 * commitment's page at the update that started the period. The chart is one tab stop: the arrow keys move
 * between periods (left, right) and commitments (up, down), Home and End to a row's ends, Enter follows.
 * The rows' bands and periods are drawn as markup (timeline-rows-markup.ts), so the periods' events are
 * handled here, on the <svg>, and the roving tab stop and the active row's shade are set on the elements.
 */
export function TimelineChart({ model, width, asOf }: TimelineChartProps) {
  const layout = useMemo(() => layoutChart(model, width), [model, width]);
  const locale = useLocale();
  const bands = useMemo(() => ({ __html: rowBandsMarkup(layout) }), [layout]);
  const periods = useMemo(
    () => ({ __html: periodsMarkup(layout, asOf) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the periods' names are in the reader's language
    [layout, asOf, locale],
  );
  const navigate = useNavigate();
  const svg = useRef<SVGSVGElement>(null);
  const periodsGroup = useRef<SVGGElement>(null);
  const bandsGroup = useRef<SVGGElement>(null);
  const [focused, setFocused] = useState<Spot | null>(null);
  const [hover, setHover] = useState<(Spot & { x: number }) | null>(null);
  const [totalsX, setTotalsX] = useState<number | null>(null);

  const exists = (spot: Spot) => Boolean(layout.rows[spot.row]?.row.periods[spot.period]);
  const periodElement = (spot: Spot) =>
    periodsGroup.current?.querySelector<SVGAElement>(`a[data-spot="${spotKey(spot)}"]`) ?? null;
  const toLocalX = (event: PointerEvent) => event.clientX - (svg.current?.getBoundingClientRect().left ?? 0);

  /** The one period that takes Tab: the last one focused (the first one until then). */
  const moveTabStop = (link: SVGAElement) => {
    for (const other of periodsGroup.current?.querySelectorAll('a[tabindex="0"]') ?? [])
      if (other !== link) other.setAttribute('tabindex', '-1');
    link.setAttribute('tabindex', '0');
  };

  const move = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!focused) return;
    const box = layout.rows[focused.row];
    const period = box?.row.periods[focused.period];
    if (!box || !period) return;
    const middle = (layout.x(period.from) + layout.x(period.to)) / 2;
    let next: Spot | undefined;
    if (event.key === 'ArrowRight') next = { ...focused, period: focused.period + 1 };
    else if (event.key === 'ArrowLeft') next = { ...focused, period: focused.period - 1 };
    else if (event.key === 'Home') next = { ...focused, period: 0 };
    else if (event.key === 'End') next = { ...focused, period: box.row.periods.length - 1 };
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const row = focused.row + (event.key === 'ArrowDown' ? 1 : -1);
      const target = layout.rows[row];
      if (target) next = { row, period: periodAt(target, layout.dayAt(middle)) };
    } else return;
    event.preventDefault();
    if (next && exists(next)) periodElement(next)?.focus();
  };

  const follow = (event: MouseEvent<SVGSVGElement>) => {
    const period = spotOf(event.target);
    if (!period || leftToBrowser(event)) return;
    event.preventDefault();
    void navigate(period.link.getAttribute('href') ?? '/');
  };

  const focus = (event: FocusEvent<SVGSVGElement>) => {
    const period = spotOf(event.target);
    if (!period) return;
    moveTabStop(period.link);
    setFocused(period.spot);
  };

  const blur = (event: FocusEvent<SVGSVGElement>) => {
    if (spotOf(event.target)) setFocused(null);
  };

  const point = (event: PointerEvent<SVGSVGElement>) => {
    const period = spotOf(event.target);
    if (period) setHover({ ...period.spot, x: toLocalX(event) });
    else if (hover) setHover(null);
  };

  const active = hover ?? focused;
  const activeRow = active?.row;
  useEffect(() => {
    if (activeRow === undefined) return;
    const band = bandsGroup.current?.querySelector(`rect[data-row="${activeRow}"]`);
    band?.classList.add('tl-row--active');
    return () => band?.classList.remove('tl-row--active');
  }, [activeRow, bands]);
  const activeBox = active ? layout.rows[active.row] : undefined;
  const activePeriod = active ? activeBox?.row.periods[active.period] : undefined;
  let tooltip = null;
  if (activeBox && activePeriod) {
    const from = layout.x(activePeriod.from);
    const to = layout.x(activePeriod.to);
    const x = hover ? Math.min(to, Math.max(from, hover.x)) : (from + to) / 2;
    tooltip = (
      <TimelineTooltip
        lines={periodLines(activeBox.row.commitment, activePeriod)}
        x={x}
        top={activeBox.barTop}
        bottom={activeBox.barTop + activeBox.barHeight}
        width={layout.width}
      />
    );
  } else if (totalsX !== null) {
    const day = layout.dayAt(totalsX);
    const step = stepOn(model.steps, day);
    const lines: TooltipLine[] = [{ text: formatDate(day), strong: true }];
    for (const status of [...STACK].reverse())
      if (step?.counts[status])
        lines.push({ text: `${statusLabel(status)}: ${step.counts[status]}`, status });
    tooltip = (
      <TimelineTooltip
        lines={lines}
        x={totalsX}
        top={layout.totals.top}
        bottom={layout.totals.top}
        width={layout.width}
      />
    );
  }

  const asOfX = asOf && asOf > model.start && asOf < model.end ? layout.x(asOf) : null;
  const bottom = layout.totals.top + layout.totals.height;
  return (
    <svg
      ref={svg}
      className="tl-chart"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={t('timeline.label')}
      onKeyDown={move}
      onClick={follow}
      onFocus={focus}
      onBlur={blur}
      onPointerMove={point}
      onPointerLeave={() => setHover(null)}
    >
      <g aria-hidden="true">
        {layout.years.map((year) => (
          <g key={year.label}>
            <line className="tl-gridline" x1={year.x} x2={year.x} y1={layout.axisY - 6} y2={bottom} />
            <text className="tl-axis" x={year.x + 3} y={layout.axisY - 10}>
              {year.label}
            </text>
          </g>
        ))}
        {layout.groups.map((group) => (
          <text key={group.title} className="tl-group" x="0" y={group.y}>
            {fitText(group.title.toLocaleUpperCase(), layout.width - 4, 12.5, true)}
          </text>
        ))}
      </g>
      <g ref={bandsGroup} aria-hidden="true" dangerouslySetInnerHTML={bands} />
      <g aria-hidden="true">
        {layout.rows.map((box) => (
          <RowLabel key={box.row.commitment.slug} box={box} layout={layout} />
        ))}
      </g>
      <g ref={periodsGroup} dangerouslySetInnerHTML={periods} />
      <TimelineTotals
        layout={layout}
        steps={model.steps}
        hoverX={totalsX}
        onHover={setTotalsX}
        toLocalX={toLocalX}
      />
      {asOfX !== null && asOf ? (
        <g className="tl-asof" aria-hidden="true">
          <line x1={asOfX} x2={asOfX} y1={layout.axisY - 22} y2={bottom + 4} />
          <text
            x={asOfX + (asOfX > layout.width - 140 ? -5 : 5)}
            y={layout.axisY - 24}
            textAnchor={asOfX > layout.width - 140 ? 'end' : 'start'}
          >
            {t('timeline.asOfMark', { date: formatDate(asOf) })}
          </text>
        </g>
      ) : null}
      {tooltip}
    </svg>
  );
}
