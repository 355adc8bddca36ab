import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import type { ApiError } from '../../../../lib/api-client.ts';
import { commitmentQueryOptions } from '../../api/get-commitment.ts';
import type { Latest } from './conflict-notice.tsx';

export interface Conflict {
  latest: Latest;
  /** From the 409 itself, in case the latest version cannot be fetched. */
  currentVersion: number | undefined;
}

/**
 * A 409 leaves the form as it is and fetches the commitment as it is now (which also refreshes the page),
 * so the form can show what changed and write again on that version when the analyst says so.
 */
export function useConflict(slug: string) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function report(error: ApiError): Promise<void> {
    const { currentVersion } = error;
    setConflict({ latest: undefined, currentVersion });
    try {
      const latest = await queryClient.fetchQuery({ ...commitmentQueryOptions(slug), staleTime: 0 });
      setConflict({ latest, currentVersion });
    } catch {
      setConflict({ latest: null, currentVersion });
    }
  }

  /** The version to write on next: the fetched one, else the bare version number from the 409. */
  function rebaseTarget(base: CommitmentDetail): CommitmentDetail | null {
    if (conflict?.latest) return conflict.latest;
    if (conflict?.currentVersion) return { ...base, version: conflict.currentVersion };
    return null;
  }

  return { conflict, report, clear: () => setConflict(null), rebaseTarget };
}
