import { STANDINGS, type Standing } from '../../../../../../../shared/domain/evidence.ts';
import { Field } from '../../../../../components/ui/field.tsx';
import { t } from '../../../../../lib/i18n-tools.ts';
import type { EventDraft } from '../update-draft.ts';
import type { EventDraftForm } from '../use-event-draft.ts';
import { BilingualPair } from '../../../../../components/forms/bilingual-pair.tsx';

/** How settled the claim is; a disputed one says by whom and why, in English and Korean. */
export function StandingFields<D extends EventDraft>({ form }: { form: EventDraftForm<D> }) {
  const { draft } = form;
  return (
    <>
      <Field label={t('evidence.standing')} hint={t(`evidence.standingHint.${draft.standing}`)}>
        {(control) => (
          <select
            {...control}
            data-field="standing"
            className="input input--short"
            value={draft.standing}
            onChange={(event) => form.set('standing', event.currentTarget.value as Standing as D['standing'])}
          >
            {STANDINGS.map((standing) => (
              <option key={standing} value={standing}>
                {t(`evidence.standing.${standing}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.standing === 'disputed' ? (
        <BilingualPair
          en={{
            label: t('evidence.disputeNoteLabel'),
            hint: t('evidence.disputeNoteHint'),
            value: draft.disputeNote,
            error: form.errorFor('disputeNote'),
            field: 'disputeNote',
            onChange: form.setField('disputeNote'),
            onBlur: () => form.touch('disputeNote'),
          }}
          ko={{
            label: t('evidence.disputeNoteKo'),
            value: draft.disputeNoteKo,
            error: form.errorFor('disputeNoteKo'),
            field: 'disputeNoteKo',
            onChange: form.setField('disputeNoteKo'),
            onBlur: () => form.touch('disputeNoteKo'),
          }}
          rows={2}
        />
      ) : null}
    </>
  );
}
