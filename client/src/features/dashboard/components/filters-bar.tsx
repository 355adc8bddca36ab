import { useState } from 'react';
import type { Party } from '../../../../../shared/contracts/public.ts';
import { CATEGORY_KEYS, STATUS_KEYS } from '../../../../../shared/domain/status.ts';
import { partyNames } from '../../../lib/evidence.ts';
import { categoryLabel, statusLabel, t } from '../../../lib/i18n.ts';
import { FILTER_PARAMS, hasFilters, type Filters } from '../lib/filters.ts';
import type { ParamsPatch } from '../lib/use-dashboard-params.ts';
import { useMirror } from '../lib/use-mirror.ts';
import { KeptParams } from '../../../components/ui/kept-params.tsx';

/** The filters' form: other controls ("Show all commitments") submit it from elsewhere on the page. */
export const FILTERS_FORM = 'dashboard-filters';

interface FiltersBarProps {
  filters: Filters;
  /** The agreements, as menu options (slug, title in the page's language). */
  agreements: { value: string; label: string }[];
  /** Party codes named by the commitments; the menu shows their names. */
  parties: string[];
  partyRegistry: readonly Party[];
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
        name="q"
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

interface FilterSelectProps {
  name: string;
  label: string;
  anyLabel: string;
  value: string;
  options: { value: string; label: string }[];
  onSelect: (value: string) => void;
}

/** One labelled filter menu; its first option ("any …") is the empty value. */
function FilterSelect({ name, label, anyLabel, value, options, onSelect }: FilterSelectProps) {
  return (
    <div className="filter">
      <label htmlFor={`filter-${name}`} className="filter__label">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        className="filter__control"
        value={value}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function matchText(matching: number, total: number, filtered: boolean): string {
  if (!filtered) return t(total === 1 ? 'filters.all.one' : 'filters.all.other', { total });
  return t(matching === 1 ? 'filters.match.one' : 'filters.match.other', { count: matching, total });
}

/** Status, category, party, search and missed deadlines: they combine, and they live in the URL. */
export function FiltersBar({
  filters,
  agreements,
  parties,
  partyRegistry,
  matching,
  total,
  onChange,
  onClear,
}: FiltersBarProps) {
  const filtered = hasFilters(filters);
  const [agreement, setAgreement] = useMirror(filters.agreement ?? '');
  const [status, setStatus] = useMirror(filters.status ?? '');
  const [category, setCategory] = useMirror(filters.category ?? '');
  const [party, setParty] = useMirror(filters.party ?? '');
  const [missed, setMissed] = useMirror(filters.missed);
  return (
    // A plain GET form that the server answers without JavaScript; with it, every change applies at once.
    <form
      id={FILTERS_FORM}
      className="filters"
      role="search"
      aria-label={t('filters.label')}
      method="get"
      action="/"
      onSubmit={(event) => event.preventDefault()}
    >
      <KeptParams except={FILTER_PARAMS} />
      <div className="filters__controls">
        {agreements.length > 1 || filters.agreement ? (
          <FilterSelect
            name="agreement"
            label={t('filters.agreement')}
            anyLabel={t('filters.anyAgreement')}
            value={agreement}
            options={agreements}
            onSelect={(value) => {
              setAgreement(value);
              onChange({ agreement: value });
            }}
          />
        ) : null}
        <FilterSelect
          name="status"
          label={t('filters.status')}
          anyLabel={t('filters.anyStatus')}
          value={status}
          options={STATUS_KEYS.map((key) => ({ value: key, label: statusLabel(key) }))}
          onSelect={(value) => {
            setStatus(value);
            onChange({ status: value });
          }}
        />
        <FilterSelect
          name="category"
          label={t('filters.category')}
          anyLabel={t('filters.anyCategory')}
          value={category}
          options={CATEGORY_KEYS.map((key) => ({ value: key, label: categoryLabel(key) }))}
          onSelect={(value) => {
            setCategory(value);
            onChange({ category: value });
          }}
        />
        <FilterSelect
          name="party"
          label={t('filters.party')}
          anyLabel={t('filters.anyParty')}
          value={party}
          // A party in an old link that no commitment names any more still shows as chosen.
          options={[
            ...parties,
            ...(filters.party && !parties.includes(filters.party) ? [filters.party] : []),
          ].map((code) => ({ value: code, label: partyNames([code], partyRegistry) }))}
          onSelect={(value) => {
            setParty(value);
            onChange({ party: value });
          }}
        />
        <SearchField value={filters.q} onChange={(q) => onChange({ q }, { replace: true })} />
        <div className="filter filter--check">
          <input
            id="filter-missed"
            name="missed"
            value="1"
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
        <button type="submit" className="button button--small no-js-only">
          {t('filters.apply')}
        </button>
        {filtered ? (
          <button
            type="submit"
            name="clear"
            value="1"
            className="button button--quiet button--small filters__clear"
            onClick={(event) => {
              event.preventDefault();
              onClear();
            }}
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
