import type { LintFinding } from '../../../../../shared/domain/record-lint/types.ts';
import '../../../components/forms/lint-tag.css';
import { t } from '../../../lib/i18n-tools.ts';
import { CappedList } from './capped-list.tsx';
import { CommitmentLink } from './commitment-link.tsx';

interface LintFindingsProps {
  findings: readonly LintFinding[];
  titles: ReadonlyMap<string, { slug: string; articleRef: string; title: string; titleKo: string | null }>;
}

/** The record lint's findings, shown to analysts as warnings to look into, each linking to its place. */
export function LintFindings({ findings, titles }: LintFindingsProps) {
  if (findings.length === 0) return <p>{t('workspaceHome.lintNone')}</p>;
  return (
    <CappedList
      items={findings}
      cap={10}
      itemKey={(f) => `${f.rule}-${f.commitmentSlug}-${f.updateId ?? ''}-${f.on ?? ''}-${f.message}`}
      render={(finding) => {
        const commitment = titles.get(finding.commitmentSlug);
        return (
          <>
            <span className={`lint-tag lint-tag--${finding.severity}`}>{t(`lint.${finding.severity}`)}</span>{' '}
            {commitment ? (
              <CommitmentLink commitment={commitment} updateId={finding.updateId} />
            ) : (
              finding.commitmentSlug
            )}
            : <span lang="en">{finding.message}</span>
          </>
        );
      }}
    />
  );
}
