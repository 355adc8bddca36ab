import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusAsOf } from '../../../shared/domain/current-status.ts';
import { queryRows } from '../client.ts';
import type { Database } from '../client.ts';
import { auditEvents } from '../schema/index.ts';
import { loadCatalog } from '../../features/catalog/catalog.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { seedIfEmpty } from './apply-seed.ts';
import { earlierPyongyang2018Seed } from './earlier/pyongyang-2018-2026-02.ts';
import { pyongyang2018Developments, pyongyang2018Seed, SEED_REVIEWED_ON } from './pyongyang-2018.ts';
import { REVIEW_RETRACTION_REASON, upgradeSeed } from './upgrade-seed.ts';

const DATES = ['2018-12-31', '2019-06-30', '2020-12-31', '2023-12-31', '2026-02-19'];

/** Every commitment's status on each date, as the catalog (and so the dashboard) computes it. */
async function statusesOn(database: Database): Promise<Record<string, string[]>> {
  const catalog = await loadCatalog(database.db);
  return Object.fromEntries(
    catalog.commitments.map((c) => [c.slug, DATES.map((date) => statusAsOf(c.updates, date))]),
  );
}

describe.each(TEST_DATABASE_KINDS)('db:seed --upgrade on %s', (kind) => {
  let upgraded: Database;
  let fresh: Database;
  let firstRun: Awaited<ReturnType<typeof upgradeSeed>>;

  beforeAll(async () => {
    [upgraded, fresh] = await Promise.all([openTestDatabase(kind), openTestDatabase(kind)]);
    await seedIfEmpty(upgraded.db, earlierPyongyang2018Seed);
    firstRun = await upgradeSeed(upgraded.db, pyongyang2018Seed, pyongyang2018Developments, SEED_REVIEWED_ON);
    await seedIfEmpty(fresh.db, pyongyang2018Seed, {
      developments: pyongyang2018Developments,
      reviewedOn: SEED_REVIEWED_ON,
    });
  }, 240_000); // two seeds and an upgrade of some 300 audited writes, on a shared machine
  afterAll(async () => {
    await upgraded?.close();
    await fresh?.close();
  });

  it('gives the same statuses on five dates as a fresh seed of the corrected record', async () => {
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
    expect(audit).toEqual({ retracted: firstRun.retracted, published: firstRun.added, created: 7 });
    expect(firstRun.developments).toBe(pyongyang2018Developments.length);
  });

  it('changes nothing when run again', async () => {
    const again = await upgradeSeed(
      upgraded.db,
      pyongyang2018Seed,
      pyongyang2018Developments,
      SEED_REVIEWED_ON,
    );
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
        pyongyang2018Seed,
        pyongyang2018Developments,
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
    expect(audited.map((row) => row.entity)).toEqual(['agreement:comprehensive-military-agreement-2018']);
  });
});
