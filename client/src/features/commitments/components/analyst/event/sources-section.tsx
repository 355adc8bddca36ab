import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../../../../../shared/domain/limits.ts';
import { t } from '../../../../../lib/i18n-tools.ts';
import { SourceFieldset } from '../source-fieldset.tsx';
import { sourceTouchKey, type EventDraft } from '../update-draft.ts';
import type { EventDraftForm } from '../use-event-draft.ts';

/** The evidence: one group per source, added and removed with focus kept in the sources. */
export function SourcesSection<D extends EventDraft>({
  form,
  headingLevel = 3,
}: {
  form: EventDraftForm<D>;
  /** 3 inside a panel under the page's h2; 2 on a page of its own. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { draft } = form;
  const sectionRef = useRef<HTMLDivElement>(null);
  const newSourceRef = useRef<HTMLInputElement>(null);
  const [focusNewSource, setFocusNewSource] = useState(false);

  useEffect(() => {
    if (focusNewSource) newSourceRef.current?.focus();
  }, [focusNewSource, draft.sources.length]);

  function removeSource(index: number) {
    form.removeSource(index);
    setFocusNewSource(false);
    // Focus stays in the sources: on the group before the removed one (or the first).
    requestAnimationFrame(() => {
      const groups = sectionRef.current?.querySelectorAll<HTMLFieldSetElement>('.source-fieldset');
      groups?.[Math.max(0, index - 1)]?.querySelector('input')?.focus();
    });
  }

  return (
    <div className="workspace-form__sources" ref={sectionRef}>
      <Heading className="workspace-form__subheading">{t('updateForm.sources')}</Heading>
      <p className="field__hint">{t('updateForm.sourcesHint')}</p>
      {draft.sources.map((source, index) => (
        <SourceFieldset
          key={source.key}
          index={index}
          source={source}
          removable={draft.sources.length > 1}
          disputed={draft.standing === 'disputed'}
          errorFor={(field) => form.sourceErrorFor(index, field)}
          onChange={(field, value) => form.setSourceField(index, field, value as never)}
          onContestsChange={(contests) => form.setSourceField(index, 'contests', contests)}
          onBlur={(field) => form.touch(sourceTouchKey(source, field))}
          onRemove={() => removeSource(index)}
          urlRef={index === draft.sources.length - 1 ? newSourceRef : undefined}
        />
      ))}
      {draft.sources.length < LIMITS.sourcesMax ? (
        <p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              form.addSource();
              setFocusNewSource(true);
            }}
          >
            <span aria-hidden="true">+ </span>
            {t('updateForm.addSource')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
