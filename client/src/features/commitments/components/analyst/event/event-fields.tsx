import type { Party } from '../../../../../../../shared/contracts/public.ts';
import { t } from '../../../../../lib/i18n-tools.ts';
import type { EventDraft } from '../update-draft.ts';
import type { EventDraftForm } from '../use-event-draft.ts';
import { PartyChoice } from '../../../../../components/forms/party-choice.tsx';
import { BilingualPair } from '../../../../../components/forms/bilingual-pair.tsx';
import { StandingFields } from './standing-fields.tsx';

/** Who acted, how settled it is, and what happened in both languages: the middle of an event form. */
export function EventFields<D extends EventDraft>({
  form,
  registry,
}: {
  form: EventDraftForm<D>;
  registry: readonly Party[];
}) {
  const { draft } = form;
  return (
    <>
      <PartyChoice
        legend={t('evidence.actorsLegend')}
        hint={t('evidence.actorsHint')}
        field="actors"
        registry={registry}
        value={draft.actors}
        error={form.errorAt('actors')}
        onChange={(codes) => form.set('actors', codes as D['actors'])}
        onBlur={() => form.touch('actors')}
      />
      <StandingFields form={form} />
      <BilingualPair
        en={{
          label: t('updateForm.summary'),
          hint: t('updateForm.summaryHint'),
          value: draft.summary,
          error: form.errorFor('summary'),
          field: 'summary',
          onChange: form.setField('summary'),
          onBlur: () => form.touch('summary'),
        }}
        ko={{
          label: t('updateForm.summaryKo'),
          hint: t('updateForm.summaryKoHint'),
          value: draft.summaryKo,
          error: form.errorFor('summaryKo'),
          field: 'summaryKo',
          onChange: form.setField('summaryKo'),
          onBlur: () => form.touch('summaryKo'),
        }}
        rows={4}
      />
    </>
  );
}
