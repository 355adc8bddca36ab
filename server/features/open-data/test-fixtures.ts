import { commitmentDetailSchema } from '../../../shared/contracts/public.ts';
import type { StatusUpdate } from '../../../shared/contracts/public.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestServer } from '../../test-support/test-server.ts';

/** Text that CSV, XML and HTML must all carry safely: Korean, quotes, commas, line breaks, formula starts. */
export const trickyCommitment = makeCommitment({
  title: 'Reopen the "Kaesong" <complex>, & more',
  titleKo: '개성공단 재가동',
  category: 'economic',
  updates: [
    makeUpdate({
      status: 'in_progress',
      effectiveOn: '2018-10-01',
      summary: 'Talks began, in Kaesong; the "first" round.\nA second line.',
      summaryKo: '개성에서 첫 회담이 열렸다, "처음으로".',
    }),
    makeUpdate({
      status: 'stalled',
      effectiveOn: '2019-02-01',
      summary: '=HYPERLINK("http://evil.example","click")',
      sources: [
        {
          url: 'https://example.org/a,b?c="d"',
          title: '+Sum, of "things"',
          publisher: '@wire',
          kind: 'news',
        },
        { url: 'https://example.org/second', title: 'Second source', kind: 'news' },
      ],
    }),
    makeUpdate({ status: 'partial', effectiveOn: '2019-06-01', summary: '-5 points; @mention' }),
  ],
});

export const quietCommitment = makeCommitment({ title: 'A commitment with no updates yet' });

export const openDataAgreement = makeAgreement({
  slug: 'open-data-agreement',
  title: 'Open data test agreement',
  titleKo: '시험 합의',
  commitments: [trickyCommitment, quietCommitment],
});

export async function getCommitmentDetail(server: TestServer, slug: string) {
  return commitmentDetailSchema.parse(await (await server.get(`/api/v1/commitments/${slug}`)).json());
}

/** Retracts the update of a commitment effective on the given date, through the API as an analyst does. */
export async function retractOverHttp(
  server: TestServer,
  slug: string,
  effectiveOn: string,
  reason: string,
): Promise<StatusUpdate> {
  const analyst = await signInAs(server, 'analyst');
  const before = await getCommitmentDetail(server, slug);
  const target = before.updates.find((update) => update.effectiveOn === effectiveOn)!;
  const response = await analyst.send('POST', `/api/v1/updates/${target.id}/retraction`, {
    reason,
    baseVersion: before.version,
  });
  if (response.status !== 200)
    throw new Error(`retraction failed: ${response.status} ${await response.text()}`);
  const after = commitmentDetailSchema.parse(await response.json());
  return after.updates.find((update) => update.id === target.id)!;
}
