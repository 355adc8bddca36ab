import { useEffect, useRef, useState } from 'react';
import type { ApiTokenCreated } from '../../../../../shared/contracts/api-tokens.ts';
import { t } from '../../../lib/i18n-tools.ts';

/** The new token, shown this once: selectable, with a copy button and a reminder that it will not come back. */
export function NewTokenPanel({ created, onDone }: { created: ApiTokenCreated; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      // No clipboard (an insecure page, or permission refused): the token stays selected for Ctrl+C.
    }
  }

  return (
    <div className="token-secret" role="status">
      <h3 ref={heading} tabIndex={-1}>
        {t('tokens.createdTitle', { name: created.apiToken.name })}
      </h3>
      <p className="token-secret__warning">{t('tokens.copyHint')}</p>
      <label className="field__label" htmlFor="new-api-token">
        {t('tokens.secretLabel')}
      </label>
      <div className="token-secret__row">
        <input
          ref={field}
          id="new-api-token"
          className="input token-secret__value"
          readOnly
          value={created.token}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t('tokens.copied') : t('tokens.copy')}
        </button>
      </div>
      <p className="field__hint">
        <code>{t('tokens.usage', { hint: created.apiToken.hint })}</code>
      </p>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('tokens.done')}
      </button>
    </div>
  );
}
