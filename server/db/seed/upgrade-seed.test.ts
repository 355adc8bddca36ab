import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client.ts';
import type { Database } from '../client.ts';
import { auditEvents } from '../schema/index.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { statusesOn } from '../../test-support/seed-statuses.ts';
import { seedIfEmpty } from './apply-seed.ts';
import { earlierPyongyang2018Seed } from './earlier/pyongyang-2018-2026-02.ts';
import { SEED_REVIEWED_ON, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS } from './tracked-record.ts';
import { REVIEW_RETRACTION_REASON, upgradeSeed } from './upgrade-seed.ts';

describe.each(TEST_DATABASE_KINDS)('db:seed --upgrade on %s', (kind) => {
  let upgraded: Database;
  let fresh: Database;
  let firstRun: Awaited<ReturnType<typeof upgradeSeed>>;

  beforeAll(async () => {
    [upgraded, fresh] = await Promise.all([openTestDatabase(kind), openTestDatabase(kind)]);
    await seedIfEmpty(upgraded.db, earlierPyongyang2018Seed);
    firstRun = await upgradeSeed(upgraded.db, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS, SEED_REVIEWED_ON);
    await seedIfEmpty(fresh.db, TRACKED_AGREEMENTS, {
      developments: TRACKED_DEVELOPMENTS,
      reviewedOn: SEED_REVIEWED_ON,
    });
  }, 360_000); // two seeds and an upgrade of some 450 audited writes, on a shared machine
  afterAll(async () => {
    await upgraded?.close();
    await fresh?.close();
  });

  it('gives the same statuses on five dates as a fresh seed of the current record', async () => {
    expect(await statusesOn(upgraded)).toEqual(await statusesOn(fresh));
  });

  it('retracts the superseded entries with the review as the reason, keeping them visible', async () => {
    expect(firstRun.retracted).toBeGreaterThan(0);
    const [retracted] = await queryRows<{ n: number; reasons: string[] }>(
      upgraded.db,
      sql`select count(*)::int as n, array_agg(distinct retraction_reason) as reasons
          from status_updates where retracted_at is not null`,
    );
    expect(retracted).toEqual({ n: firstRun.retracted, reasons: [REVIEW_RETRACTION_REASON] });
    const [live] = await queryRows<{ upgraded: number; fresh: number }>(
      upgraded.db,
      sql`select count(*)::int as upgraded, 0 as fresh from status_updates where retracted_at is null`,
    );
    const [freshLive] = await queryRows<{ n: number }>(
      fresh.db,
      sql`select count(*)::int as n from status_updates`,
    );
    expect(live!.upgraded).toBe(freshLive!.n);
  });

  it('writes every correction to the audit log, and adds the new clauses and developments', async () => {
    const [audit] = await queryRows<{ retracted: number; published: number; created: number }>(
      upgraded.db,
      sql`select count(*) filter (where action = 'update.retracted')::int as retracted,
                 count(*) filter (where action = 'update.published')::int as published,
                 count(*) filter (where action = 'commitment.created')::int as created
          from audit_events where actor = 'db:seed --upgrade'`,
    );
    const earlierSlugs = new Set(earlierPyongyang2018Seed.flatMap((a) => a.commitments.map((c) => c.slug)));
    const newCommitments = TRACKED_AGREEMENTS.flatMap((a) => a.commitments).filter(
      (c) => !earlierSlugs.has(c.slug),
    );
    // The seven clauses the review added, and every commitment of the Panmunjom and Singapore texts.
    expect(audit).toEqual({
      retracted: firstRun.retracted,
      published: firstRun.added,
      created: newCommitments.length,
    });
    expect(newCommitments.length).toBe(7 + 19);
    expect(firstRun.developments).toBe(TRACKED_DEVELOPMENTS.length);
  });

  it('changes nothing when run again', async () => {
    const again = await upgradeSeed(upgraded.db, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS, SEED_REVIEWED_ON);
    expect(again).toEqual({ retracted: 0, added: 0, developments: 0, reviews: 0, edited: 0, relations: 0 });
  });

  it('adds the relations whose agreements are there, once, audited', async () => {
    const relations = {
      agreements: [
        {
          agreementSlug: 'comprehensive-military-agreement-2018',
          type: 'builds_on' as const,
          relatedAgreementSlug: 'pyongyang-joint-declaration-2018',
          note: 'A test relation',
          noteKo: '시험',
        },
        {
          agreementSlug: 'comprehensive-military-agreement-2018',
          type: 'implements' as const,
          relatedAgreementSlug: 'an-agreement-not-seeded-here',
          note: 'Skipped',
          noteKo: '건너뜀',
        },
      ],
      commitments: [],
    };
    const run = () =>
      upgradeSeed(
        upgraded.db,
        TRACKED_AGREEMENTS,
        TRACKED_DEVELOPMENTS,
        SEED_REVIEWED_ON,
        new Date(),
        relations,
      );
    expect(await run()).toMatchObject({ relations: 1, added: 0, retracted: 0 });
    expect(await run()).toMatchObject({ relations: 0 });
    const audited = await upgraded.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'relation.added'));
    // The seeded record's own relations were audited by the first upgrade; the test relation once, here.
    const testRelation = audited.filter((row) => JSON.stringify(row).includes('A test relation'));
    expect(testRelation.map((row) => row.entity)).toEqual([
      'agreement:comprehensive-military-agreement-2018',
    ]);
  });
});
