import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { agreements } from '../../db/schema/index.ts';
import type { Agreement, AgreementDetail } from '../../../shared/contracts/public.ts';
import { notFound } from '../../http/errors.ts';
import { presentAgreement } from '../commitments/presenter.ts';
import { presentParty } from '../parties/service.ts';
import { listCommitments } from '../commitments/service.ts';
import { emptyCounts } from '../dashboard/build-dashboard.ts';
import { relationsOfAgreement } from '../relations/presenter.ts';

export async function listAgreements(catalog: CatalogStore): Promise<Agreement[]> {
  const current = await catalog.get();
  return current.agreements.map((row) =>
    presentAgreement(row, relationsOfAgreement(current.agreementRelations, row.slug)),
  );
}

/** One agreement with its commitments (status as of `asOf`, default now) and its counts by status. */
export async function getAgreement(
  db: Db,
  catalog: CatalogStore,
  slug: string,
  asOf?: string,
): Promise<AgreementDetail> {
  const [row] = await db.select().from(agreements).where(eq(agreements.slug, slug));
  if (!row) throw notFound(`Agreement "${slug}"`);
  const current = await catalog.get();
  const commitments = listCommitments(current, { agreement: slug, asOf });
  const counts = emptyCounts();
  for (const commitment of commitments) counts[commitment.status]++;
  const relations = relationsOfAgreement(current.agreementRelations, slug);
  return {
    ...presentAgreement(row, relations),
    commitments,
    counts,
    partyRegistry: current.parties.map(presentParty),
  };
}
