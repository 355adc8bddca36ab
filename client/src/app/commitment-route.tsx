import { useSession } from '../features/auth/api/get-session.ts';
import { CommitmentPage } from '../features/commitments/components/commitment-page.tsx';

/** The commitment page, told who is signed in: features do not reach into each other, the app joins them. */
export function CommitmentRoute() {
  const session = useSession();
  return <CommitmentPage signedIn={session.data?.user ?? null} />;
}
