import type { ExportData } from '../../../shared/contracts/export.ts';

/** An unordered pair's key: one relation per pair, either direction (decision 085). */
const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/**
 * Relations that name an agreement or commitment the file lacks, point at themselves, join two clauses of
 * one agreement, or repeat a pair already related: the same rules as the admin API.
 */
export function relationProblems(
  data: ExportData,
  agreements: ReadonlyMap<string, number>,
  commitments: ReadonlyMap<string, number>,
): string[] {
  const problems: string[] = [];
  const agreementOf = new Map(data.commitments.map((row) => [row.slug, row.agreement]));
  const agreementPairs = new Set<string>();
  data.agreementRelations.forEach((relation, index) => {
    const name = `agreementRelations[${index}]`;
    for (const [field, slug] of [
      ['agreement', relation.agreement],
      ['relatedAgreement', relation.relatedAgreement],
    ] as const)
      if (!agreements.has(slug)) problems.push(`${name}: ${field}: no agreement "${slug}" in this file`);
    if (relation.agreement === relation.relatedAgreement)
      problems.push(`${name}: relatedAgreement: an agreement cannot relate to itself`);
    const key = pairKey(relation.agreement, relation.relatedAgreement);
    if (agreementPairs.has(key)) problems.push(`${name}: these two agreements are already related`);
    agreementPairs.add(key);
  });
  const commitmentPairs = new Set<string>();
  data.commitmentRelations.forEach((relation, index) => {
    const name = `commitmentRelations[${index}]`;
    for (const [field, slug] of [
      ['commitment', relation.commitment],
      ['relatedCommitment', relation.relatedCommitment],
    ] as const)
      if (!commitments.has(slug)) problems.push(`${name}: ${field}: no commitment "${slug}" in this file`);
    const from = agreementOf.get(relation.commitment);
    if (from !== undefined && from === agreementOf.get(relation.relatedCommitment))
      problems.push(`${name}: relatedCommitment: must be a commitment of another agreement`);
    const key = pairKey(relation.commitment, relation.relatedCommitment);
    if (commitmentPairs.has(key)) problems.push(`${name}: these two commitments are already related`);
    commitmentPairs.add(key);
  });
  return problems;
}
