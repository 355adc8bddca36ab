import type { CommitmentSummary } from '../../../../../../../shared/contracts/public.ts';
import { LIMITS } from '../../../../../../../shared/domain/limits.ts';
import { t } from '../../../../../lib/i18n-tools.ts';
import type { EventDraftForm } from '../use-event-draft.ts';
import { emptyEffect, type DevelopmentDraft, type EffectDraft } from './development-draft.ts';
import { EffectFieldset } from './effect-fieldset.tsx';

/** The commitments the development moved, one group each; a commitment can be chosen once. */
export function EffectsSection({
  form,
  commitments,
}: {
  form: EventDraftForm<DevelopmentDraft>;
  commitments: readonly CommitmentSummary[];
}) {
  const { effects } = form.draft;
  const setEffects = (next: EffectDraft[]) => form.set('effects', next);
  const replace = (index: number, effect: EffectDraft) =>
    setEffects(effects.map((e, i) => (i === index ? effect : e)));
  const nextKey = Math.max(0, ...effects.map((e) => e.key)) + 1;
  return (
    <div className="workspace-form__sources">
      <h2 className="workspace-form__subheading">{t('development.effects')}</h2>
      <p className="field__hint">{t('development.effectsHint')}</p>
      {effects.map((effect, index) => (
        <EffectFieldset
          key={effect.key}
          index={index}
          effect={effect}
          commitments={commitments}
          taken={new Set(effects.filter((_, i) => i !== index).map((e) => e.slug))}
          removable={effects.length > 1}
          errorFor={(field) => form.errorAt(`effects.${index}.${field}`, `effect-${effect.key}.${field}`)}
          onChoose={(commitment) =>
            replace(index, { ...emptyEffect(effect.key, commitment), status: effect.status })
          }
          onChange={(next) => replace(index, next)}
          onBlur={(field) => form.touch(`effect-${effect.key}.${field}`)}
          onRemove={() => setEffects(effects.filter((_, i) => i !== index))}
        />
      ))}
      {effects.length < LIMITS.effectsMax ? (
        <p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setEffects([...effects, emptyEffect(nextKey)])}
          >
            <span aria-hidden="true">+ </span>
            {t('development.addEffect')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
