import { useState, type FormEvent } from 'react';
import { commitmentCreateSchema } from '../../../../../../shared/contracts/admin.ts';
import { CATEGORY_KEYS } from '../../../../../../shared/domain/status.ts';
import { ErrorSummary, Field, FormAlert } from '../../../../components/ui/field.tsx';
import { orNull, splitList } from '../../../../lib/form-values.ts';
import { categoryLabel, t } from '../../../../lib/i18n-tools.ts';
import { useDraftForm } from '../../../../lib/use-draft-form.ts';
import { useCreateCommitment } from '../../api/agreements.ts';
import { BilingualPair, type TextSide } from '../../../../components/forms/bilingual-pair.tsx';
import { AdminWriteProblem } from '../admin-write-problem.tsx';
import { PartyField } from './party-field.tsx';
import { slugFrom } from './agreement-draft.ts';

interface CommitmentDraft {
  slug: string;
  articleRef: string;
  title: string;
  titleKo: string;
  text: string;
  textKo: string;
  category: string;
  parties: string;
  deadline: string;
  deadlineNote: string;
  deadlineNoteKo: string;
}

const empty = (parties: string): CommitmentDraft => ({
  slug: '',
  articleRef: '',
  title: '',
  titleKo: '',
  text: '',
  textKo: '',
  category: '',
  parties,
  deadline: '',
  deadlineNote: '',
  deadlineNoteKo: '',
});

interface CommitmentCreateFormProps {
  agreementSlug: string;
  /** The agreement's parties, as a starting point for who is responsible. */
  defaultParties: string[];
}

/** "Add a commitment": a clause of the agreement, added after the existing ones, Not started. */
export function CommitmentCreateForm({ agreementSlug, defaultParties }: CommitmentCreateFormProps) {
  const create = useCreateCommitment();
  const [slugEdited, setSlugEdited] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const form = useDraftForm({
    initial: () => empty(defaultParties.join(', ')),
    schema: commitmentCreateSchema,
    toInput: (draft: CommitmentDraft) => ({
      agreement: agreementSlug,
      slug: draft.slug,
      articleRef: draft.articleRef,
      title: draft.title,
      titleKo: orNull(draft.titleKo),
      text: draft.text,
      textKo: orNull(draft.textKo),
      category: draft.category || undefined,
      parties: splitList(draft.parties),
      deadline: draft.deadline || null,
      deadlineNote: orNull(draft.deadlineNote),
      deadlineNoteKo: orNull(draft.deadlineNoteKo),
    }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const input = form.check(element);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (commitment) => {
        setAdded(commitment.title);
        setSlugEdited(false);
        form.reset(empty(defaultParties.join(', ')));
        element.querySelector<HTMLElement>('input')?.focus();
      },
      onError: form.showServerErrors,
    });
  }

  const field = (
    name: keyof CommitmentDraft & string,
    label: string,
    extra: { optional?: boolean; hint?: string } = {},
  ) => (
    <Field label={label} optional={extra.optional} hint={extra.hint} error={form.errorFor(name)}>
      {(control) => <input {...control} {...form.bind(name)} className="input" />}
    </Field>
  );

  const side = (key: keyof CommitmentDraft, label: string, hint?: string): TextSide => ({
    label,
    hint,
    field: key,
    error: form.errorFor(key),
    ...form.bind(key),
  });

  return (
    <form className="admin-form" noValidate onSubmit={submit}>
      {added ? <FormAlert tone="success" title={t('admin.commitment.added', { title: added })} /> : null}
      <ErrorSummary attempt={form.failedAttempt} count={form.invalidCount} />
      {create.isError ? <AdminWriteProblem error={create.error} /> : null}
      <Field label={t('edit.field.title')} error={form.errorFor('title')}>
        {(control) => (
          <input
            {...control}
            {...form.bind('title')}
            onChange={(event) => {
              const title = event.currentTarget.value;
              form.set('title', title);
              if (!slugEdited) form.set('slug', slugFrom(title));
            }}
            className="input"
          />
        )}
      </Field>
      <Field label={t('admin.field.slug')} hint={t('admin.commitmentSlugHint')} error={form.errorFor('slug')}>
        {(control) => (
          <input
            {...control}
            {...form.bind('slug')}
            onChange={(event) => {
              setSlugEdited(true);
              form.set('slug', event.currentTarget.value);
            }}
            className="input"
            spellCheck={false}
            autoCapitalize="none"
          />
        )}
      </Field>
      {field('titleKo', t('edit.field.titleKo'), { optional: true })}
      <div className="form-row">
        {field('articleRef', t('edit.field.articleRef'), { hint: t('admin.articleHint') })}
        <Field label={t('edit.field.category')} error={form.errorFor('category')}>
          {(control) => (
            <select {...control} {...form.bind('category')} className="input">
              <option value="">{t('admin.categoryChoose')}</option>
              {CATEGORY_KEYS.map((category) => (
                <option key={category} value={category}>
                  {categoryLabel(category)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <BilingualPair
        en={side('text', t('edit.field.text'), t('edit.textHint'))}
        ko={side('textKo', t('edit.field.textKo'))}
        rows={4}
      />
      <PartyField
        legend={t('parties.legend')}
        value={form.draft.parties}
        error={form.errorFor('parties')}
        onChange={(value) => form.set('parties', value)}
        onBlur={form.bind('parties').onBlur}
      />
      <Field label={t('edit.field.deadline')} optional error={form.errorFor('deadline')}>
        {(control) => (
          <input {...control} {...form.bind('deadline')} className="input input--short" type="date" />
        )}
      </Field>
      <BilingualPair
        en={{
          ...side('deadlineNote', t('edit.field.deadlineNote'), t('edit.deadlineNoteHint')),
          optional: true,
        }}
        ko={side('deadlineNoteKo', t('edit.field.deadlineNoteKo'))}
        singleLine
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {t('admin.commitment.submit')}
        </button>
      </div>
    </form>
  );
}
