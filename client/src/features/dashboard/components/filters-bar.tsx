import { useState } from 'react';
import { CATEGORY_KEYS, STATUS_KEYS } from '../../../../../shared/domain/status.ts';
import { categoryLabel, statusLabel, t } from '../../../lib/i18n.ts';
import { hasFilters, type Filters } from '../lib/filters.ts';
import type { ParamsPatch } from '../lib/use-dashboard-params.ts';
import { useMirror } from '../lib/use-mirror.ts';

interface FiltersBarProps {
  filters: Filters;
  parties: string[];
  matching: number;
  total: number;
  onChange: (patch: ParamsPatch, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

/**
 * The search box: the URL follows each keystroke, replacing the history entry, so Back skips the letters. The
 * URL catches up a moment later; the values it brings back that were typed here are echoes and leave the text
 * alone (a fast typist would otherwise lose letters), any other value (Clear filters, Back) replaces it.
 */
function SearchField({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [followed, setFollowed] = useState(value);
  const [typed, setTyped] = useState<string[]>([]);
  if (followed !== value) {
    setFollowed(value);
    const echo = typed.indexOf(value);
    if (echo === -1) {
      setText(value);
      setTyped([]);
    } else setTyped(typed.slice(echo + 1));
  }
  return (
    <div className="filter filter--search">
      <label htmlFor="filter-q" className="filter__label">
        {t('filters.search')}
      </label>
      <input
        id="filter-q"
        className="filter__control"
        type="search"
        value={text}
        placeholder={t('filters.searchPlaceholder')}
        autoComplete="off"
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setTyped([...typed, next]);
          onChange(next);
        }}
      />
    </div>
  );
}

function matchText(matching: number, total: number, filtered: boolean): string {
  if (!filtered) return t(total === 1 ? 'filters.all.one' : 'filters.all.other', { total });
  return t(matching === 1 ? 'filters.match.one' : 'filters.match.other', { count: matching, total });
}

/** Status, category, party, search and missed deadlines: they combine, and they live in the URL. */
export function FiltersBar({ filters, parties, matching, total, onChange, onClear }: FiltersBarProps) {
  const filtered = hasFilters(filters);
  const [status, setStatus] = useMirror(filters.status ?? '');
  const [category, setCategory] = useMirror(filters.category ?? '');
  const [party, setParty] = useMirror(filters.party ?? '');
  const [missed, setMissed] = useMirror(filters.missed);
  return (
    <div className="filters" role="search" aria-label={t('filters.label')}>
      <div className="filters__controls">
        <div className="filter">
          <label htmlFor="filter-status" className="filter__label">
            {t('filters.status')}
          </label>
          <select
            id="filter-status"
            className="filter__control"
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value);
              onChange({ status: event.currentTarget.value });
            }}
          >
            <option value="">{t('filters.anyStatus')}</option>
            {STATUS_KEYS.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-category" className="filter__label">
            {t('filters.category')}
          </label>
          <select
            id="filter-category"
            className="filter__control"
            value={category}
            onChange={(event) => {
              setCategory(event.currentTarget.value);
              onChange({ category: event.currentTarget.value });
            }}
          >
            <option value="">{t('filters.anyCategory')}</option>
            {CATEGORY_KEYS.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(category)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-party" className="filter__label">
            {t('filters.party')}
          </label>
          <select
            id="filter-party"
            className="filter__control"
            value={party}
            onChange={(event) => {
              setParty(event.currentTarget.value);
              onChange({ party: event.currentTarget.value });
            }}
          >
            <option value="">{t('filters.anyParty')}</option>
            {/* A party in an old link that no commitment names any more still shows as chosen. */}
            {[...parties, ...(filters.party && !parties.includes(filters.party) ? [filters.party] : [])].map(
              (party) => (
                <option key={party} value={party}>
                  {party}
                </option>
              ),
            )}
          </select>
        </div>
        <SearchField value={filters.q} onChange={(q) => onChange({ q }, { replace: true })} />
        <div className="filter filter--check">
          <input
            id="filter-missed"
            type="checkbox"
            checked={missed}
            onChange={(event) => {
              setMissed(event.currentTarget.checked);
              onChange({ missed: event.currentTarget.checked ? '1' : undefined });
            }}
          />
          <label htmlFor="filter-missed">{t('filters.missed')}</label>
        </div>
      </div>
      <div className="filters__summary">
        <p className="filters__count" role="status">
          {matchText(matching, total, filtered)}
        </p>
        {filtered ? (
          <button
            type="button"
            className="button button--quiet button--small filters__clear"
            onClick={onClear}
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
