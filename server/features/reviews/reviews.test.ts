import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentDetailSchema, dashboardSchema } from '../../../shared/contracts/public.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

describe.each(TEST_DATABASE_KINDS)('reviews on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;
  const detail = async (slug: string) =>
    commitmentDetailSchema.parse(await (await server.get(`/api/v1/commitments/${slug}`)).json());
  const dashboard = async () => dashboardSchema.parse(await (await server.get('/api/v1/dashboard')).json());

  beforeAll(async () => {
    const agreement = makeAgreement({
      commitments: [
        makeCommitment({
          slug: 'review-me',
          updates: [makeUpdate({ status: 'stalled', effectiveOn: '2020-06-09', actors: ['DPRK'] })],
        }),
        makeCommitment({
          slug: 'reviewed-later',
          updates: [makeUpdate({ status: 'in_progress', effectiveOn: '2022-01-01', actors: ['ROK'] })],
        }),
      ],
    });
    server = await startTestServer(kind, [agreement]);
    analyst = await signInAs(server, 'analyst');
  }, 120_000);
  afterAll(() => server?.close());

  it('records "checked through" without changing the status, and moves the record’s checked-through day', async () => {
    const before = await detail('review-me');
    expect(before.reviewedThrough).toBe('2020-06-09');
    expect((await dashboard()).checkedThrough).toBe('2020-06-09'); // the earliest of the two commitments

    const response = await analyst.send('POST', '/api/v1/commitments/review-me/reviews', {
      reviewedOn: '2025-12-01',
      note: 'Press checked; nothing moved.',
    });
    expect(response.status).toBe(201);
    const after = commitmentDetailSchema.parse(await response.json());
    expect(after.status).toBe(before.status);
    expect(after.updates).toHaveLength(before.updates.length);
    expect(after.reviewedThrough).toBe('2025-12-01');
    expect(after.version).toBe(before.version + 1);
    expect(after.reviews[0]).toMatchObject({
      reviewedOn: '2025-12-01',
      note: 'Press checked; nothing moved.',
    });
    // Now the other commitment, checked through 2022-01-01, is the one that holds the record back.
    expect((await dashboard()).checkedThrough).toBe('2022-01-01');
  });

  it('refuses a review dated in the future, or of an unknown commitment, changing nothing', async () => {
    const before = await detail('review-me');
    const future = await analyst.send('POST', '/api/v1/commitments/review-me/reviews', {
      reviewedOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    const missing = await analyst.send('POST', '/api/v1/commitments/no-such-one/reviews', {
      reviewedOn: '2025-12-01',
    });
    expect(missing.status).toBe(404);
    expect(await detail('review-me')).toEqual(before);
  });
});
