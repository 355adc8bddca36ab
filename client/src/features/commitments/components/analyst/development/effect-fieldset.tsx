import type { CommitmentSummary } from '../../../../../../../shared/contracts/public.ts';
import type { StatusKey } from '../../../../../../../shared/domain/status.ts';
import { Field } from '../../../../../components/ui/field.tsx';
import { statusLabel, t } from '../../../../../lib/i18n-tools.ts';
import { getLocale } from '../../../../../lib/locale-store.ts';
import { StatusOptions } from '../status-options.tsx';
import type { EffectDraft } from './development-draft.ts';

interface EffectFieldsetProps {
  index: number;
  effect: EffectDraft;
  commitments: readonly CommitmentSummary[];
  /** Commitments chosen in the other effects: one effect per commitment. */
  taken: ReadonlySet<string>;
  removable: boolean;
  errorFor(field: 'commitmentSlug' | 'status'): string | undefined;
  onChoose(commitment: CommitmentSummary | undefined): void;
  onChange(effect: EffectDraft): void;
  onBlur(field: 'commitmentSlug' | 'status'): void;
  onRemove(): void;
}

const titleOf = (c: CommitmentSummary) => (getLocale() === 'ko' && c.titleKo ? c.titleKo : c.title);

/** One commitment the development moved: which, its status now, and its new status. */
export function EffectFieldset(props: EffectFieldsetProps) {
  const { index, effect, commitments, taken, errorFor } = props;
  const number = index + 1;
  const chosen = commitments.find((c) => c.slug === effect.slug);
  return (
    <fieldset className="fieldset effect-fieldset">
      <legend>{t('development.effectLegend', { number })}</legend>
      <div className="effect-fieldset__fields">
        <Field
          label={t('development.commitment')}
          hint={chosen ? t('development.now', { status: statusLabel(chosen.status) }) : undefined}
          error={errorFor('commitmentSlug')}
        >
          {(control) => (
            <select
              {...control}
              data-field={`effects.${index}.commitmentSlug`}
              className="input"
              value={effect.slug}
              onChange={(event) =>
                props.onChoose(commitments.find((c) => c.slug === event.currentTarget.value))
              }
              onBlur={() => props.onBlur('commitmentSlug')}
            >
              <option value="">{t('development.commitmentChoose')}</option>
              {commitments.map((c) => (
                <option key={c.slug} value={c.slug} disabled={taken.has(c.slug)}>
                  {c.articleRef} {titleOf(c)} ({statusLabel(c.status)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('development.newStatus')} error={errorFor('status')}>
          {(control) => (
            <select
              {...control}
              data-field={`effects.${index}.status`}
              className="input"
              value={effect.status}
              onChange={(event) =>
                props.onChange({ ...effect, status: event.currentTarget.value as StatusKey })
              }
              onBlur={() => props.onBlur('status')}
            >
              <StatusOptions />
            </select>
          )}
        </Field>
      </div>
      {chosen?.deadline ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={effect.meetsDeadline}
            onChange={(event) => props.onChange({ ...effect, meetsDeadline: event.currentTarget.checked })}
          />{' '}
          {t('evidence.meetsDeadline')}
        </label>
      ) : null}
      {props.removable ? (
        <button type="button" className="link-button source-fieldset__remove" onClick={props.onRemove}>
          {t('development.removeEffect', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
