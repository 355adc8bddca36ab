import { useState } from 'react';
import type { ApiToken } from '../../../../../shared/contracts/api-tokens.ts';
import { formatTimestamp, formatTimestampDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n-tools.ts';
import { useRevokeApiToken } from '../api/api-tokens.ts';
import { TokenWriteProblem } from './token-write-problem.tsx';

/** The account's tokens: state in words (not colour alone), dates, and revoke with a confirmation. */
export function TokenList({ tokens }: { tokens: readonly ApiToken[] }) {
  if (tokens.length === 0) return <p>{t('tokens.none')}</p>;
  return (
    <ul className="token-list">
      {tokens.map((token) => (
        <TokenItem key={token.id} token={token} />
      ))}
    </ul>
  );
}

function TokenItem({ token }: { token: ApiToken }) {
  const revoke = useRevokeApiToken();
  const [confirming, setConfirming] = useState(false);
  const ending =
    token.state === 'revoked'
      ? t('tokens.revokedOn', { date: formatTimestampDate(token.revokedAt!) })
      : t(token.state === 'expired' ? 'tokens.expired' : 'tokens.expires', {
          date: formatTimestampDate(token.expiresAt),
        });

  return (
    <li className={`token-item token-item--${token.state}`}>
      <p className="token-item__title">
        <strong>{token.name}</strong> <code>{token.hint}…</code>{' '}
        <span className={`token-state token-state--${token.state}`}>{t(`tokens.state.${token.state}`)}</span>
      </p>
      <p className="token-item__dates muted">
        {t('tokens.created', { date: formatTimestampDate(token.createdAt) })} · {ending} ·{' '}
        {token.lastUsedAt
          ? t('tokens.lastUsed', { date: formatTimestamp(token.lastUsedAt) })
          : t('tokens.neverUsed')}
      </p>
      {revoke.isError ? <TokenWriteProblem error={revoke.error} /> : null}
      {token.state !== 'active' ? null : confirming ? (
        <div className="token-item__confirm" role="group" aria-label={t('tokens.revoke')}>
          <p>{t('tokens.revokeConfirm', { name: token.name })}</p>
          <button
            type="button"
            className="button button--danger button--small"
            // The confirmation was just asked for: its button takes focus, so Enter confirms.
            autoFocus
            aria-disabled={revoke.isPending || undefined}
            onClick={() => !revoke.isPending && revoke.mutate(token.id)}
          >
            {t('tokens.revokeYes')}
          </button>{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setConfirming(false)}
          >
            {t('tokens.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setConfirming(true)}
        >
          {t('tokens.revoke')}
          <span className="visually-hidden"> {token.name}</span>
        </button>
      )}
    </li>
  );
}
