import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';

interface Workspace {
  /** Versions of this commitment produced by this analyst's own writes on this page. */
  ownVersions: ReadonlySet<number>;
  recordOwnWrite(version: number): void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [ownVersions, setOwnVersions] = useState<ReadonlySet<number>>(() => new Set());
  const recordOwnWrite = useCallback(
    (version: number) => setOwnVersions((previous) => new Set(previous).add(version)),
    [],
  );
  const value = useMemo(() => ({ ownVersions, recordOwnWrite }), [ownVersions, recordOwnWrite]);
  return <WorkspaceContext value={value}>{children}</WorkspaceContext>;
}

export function useWorkspace(): Workspace {
  const workspace = use(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider');
  return workspace;
}

function onlyOwnSince(from: number, to: number, own: ReadonlySet<number>): boolean {
  for (let version = from + 1; version <= to; version++) if (!own.has(version)) return false;
  return true;
}

/**
 * The version of the commitment a form started from: what the analyst saw when they began. It follows
 * the analyst's own writes on this page silently; a change by anyone else is left in place, so the
 * server's 409 can reveal it and the form can show what changed.
 */
export function useBase(commitment: CommitmentDetail) {
  const { ownVersions } = useWorkspace();
  const [base, setBase] = useState(commitment);
  if (commitment.version > base.version && onlyOwnSince(base.version, commitment.version, ownVersions)) {
    setBase(commitment);
  }
  return [base, setBase] as const;
}
