import { useEffect, useRef } from 'react';
import { FormAlert } from '../../../../components/ui/field.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { statusLabel, t } from '../../../../lib/i18n-tools.ts';
import type { NearDuplicate } from './near-duplicate.ts';

interface DuplicatePromptProps {
  duplicates: readonly NearDuplicate[];
  onPublish(): void;
  onCancel(): void;
}

/** "This looks like …": what the new update seems to repeat, and a deliberate choice to publish anyway. */
export function DuplicatePrompt({ duplicates, onPublish, onCancel }: DuplicatePromptProps) {
  const publishRef = useRef<HTMLButtonElement>(null);
  useEffect(() => publishRef.current?.focus(), []);
  return (
    <FormAlert tone="warning" title={t('duplicate.title')}>
      <ul>
        {duplicates.map((duplicate, index) => {
          const { update } = duplicate;
          const params = {
            date: formatDate(update.effectiveOn),
            status: statusLabel(update.status),
            summary: update.summary,
          };
          return (
            <li key={index}>
              {duplicate.kind === 'sameEvent'
                ? t('duplicate.sameEvent', params)
                : t('duplicate.citedSource', { ...params, url: duplicate.url })}
            </li>
          );
        })}
      </ul>
      <p>{t('duplicate.question')}</p>
      <div className="form-actions">
        <button ref={publishRef} type="button" className="button button--small" onClick={onPublish}>
          {t('duplicate.publishAnyway')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('duplicate.back')}
        </button>
      </div>
    </FormAlert>
  );
}
