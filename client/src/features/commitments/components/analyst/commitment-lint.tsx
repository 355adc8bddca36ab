import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import '../../../../components/forms/lint-tag.css';
import { t } from '../../../../lib/i18n-tools.ts';
import { lintCommitments } from '../../../../lib/lint-commitment.ts';
import { updateElementId } from '../update-entry.tsx';

/** The record lint's findings on this commitment, as warnings for the analyst (readers never see them). */
export function CommitmentLint({ commitment }: { commitment: CommitmentDetail }) {
  const findings = lintCommitments([commitment]);
  if (findings.length === 0) return null;
  return (
    <details className="commitment-lint">
      <summary>
        {t('lint.heading')}: {findings.length}
      </summary>
      <ul>
        {findings.map((finding, index) => (
          <li key={index}>
            <span className={`lint-tag lint-tag--${finding.severity}`}>{t(`lint.${finding.severity}`)}</span>{' '}
            {finding.updateId ? (
              <a href={`#${updateElementId(finding.updateId)}`} lang="en">
                {finding.message}
              </a>
            ) : (
              <span lang="en">{finding.message}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
