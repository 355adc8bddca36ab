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

/** Two commitments the evidence model's records attach to: a development moves both, a review checks one. */
export const deadlineCommitment = makeCommitment({
  title: 'Withdraw the guard posts',
  textKo: '감시초소를 철수한다.',
  deadline: '2018-12-31',
  deadlineNote: 'By the end of the year',
  deadlineNoteKo: '연내',
  updates: [
    makeUpdate({
      status: 'in_progress',
      effectiveOn: '2018-11-01',
      datePrecision: 'month',
      actors: ['ROK', 'DPRK'],
      standing: 'claimed',
      sources: [{ url: 'https://example.org/mnd', title: 'Ministry statement', kind: 'official' }],
    }),
  ],
});
export const reviewedCommitment = makeCommitment({ title: 'Open a liaison office', updates: [] });

export const evidenceAgreement = makeAgreement({
  slug: 'evidence-agreement',
  title: 'Evidence model test agreement',
  placeKo: '평양',
  summaryKo: '시험용 합의',
  commitments: [deadlineCommitment, reviewedCommitment],
});

/**
 * Through the API as an analyst does: one disputed development (month precision) that meets the first
 * commitment's deadline and moves the second, then a review of the second. Returns the development's id.
 */
export async function recordEvidenceOverHttp(server: TestServer): Promise<number> {
  const analyst = await signInAs(server, 'analyst');
  const versions = await Promise.all(
    [deadlineCommitment, reviewedCommitment].map(
      async (c) => (await getCommitmentDetail(server, c.slug)).version,
    ),
  );
  const response = await analyst.send('POST', '/api/v1/developments', {
    effectiveOn: '2018-12-12',
    datePrecision: 'month',
    actors: ['ROK', 'DPRK', 'UNC'],
    standing: 'disputed',
    disputeNote: 'The DPRK says only 10 posts were removed',
    disputeNoteKo: '북측은 10곳만 철수했다고 주장',
    summary: 'Guard posts removed and verified on both sides',
    summaryKo: '양측 감시초소 철수 및 검증',
    sources: [
      { url: 'https://example.org/verify', title: 'Verification', kind: 'official' },
      { url: 'https://example.org/doubt', title: 'Doubts', kind: 'analysis', contests: true },
    ],
    effects: [
      {
        commitmentSlug: deadlineCommitment.slug,
        status: 'implemented',
        meetsDeadline: true,
        baseVersion: versions[0],
      },
      { commitmentSlug: reviewedCommitment.slug, status: 'in_progress', baseVersion: versions[1] },
    ],
  });
  if (response.status !== 201)
    throw new Error(`development failed: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: number };
  const review = await analyst.send('POST', `/api/v1/commitments/${reviewedCommitment.slug}/reviews`, {
    reviewedOn: '2020-03-01',
    note: 'Checked the ministry archive; no change',
  });
  if (review.status !== 201) throw new Error(`review failed: ${review.status} ${await review.text()}`);
  return id;
}
