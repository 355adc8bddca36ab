import type { Development } from '../../../shared/contracts/public.ts';
import type { NewDevelopment } from '../../../shared/contracts/writes.ts';
import { developments } from '../../db/schema/index.ts';
import type { DataChange } from '../catalog/data-changes.ts';
import type { WriteContext } from '../../http/write-context.ts';
import { recordWrite } from '../../http/write-context.ts';
import { insertUpdate } from '../commitments/insert-update.ts';
import { assertDeadlineToMeet, bumpVersion, recordCommitmentWrite } from '../commitments/write-service.ts';
import { assertKnownParties } from '../parties/service.ts';
import { getDevelopment } from './service.ts';

/**
 * Publishes one development and one status update per effect, all in one transaction: a stale
 * baseVersion on any commitment (409), an unknown commitment (404) or a deadline rule (400) writes nothing.
 */
export async function publishDevelopment(context: WriteContext, input: NewDevelopment): Promise<Development> {
  await assertKnownParties(context.db, input.actors, 'actors');
  const { effects, ...event } = input;
  const author = { authorId: context.actor.userId, authorName: context.actor.displayName };
  const { id, changes } = await context.db.transaction(async (tx) => {
    const [development] = await tx
      .insert(developments)
      .values({
        ...event,
        disputeNote: event.disputeNote ?? null,
        disputeNoteKo: event.disputeNoteKo ?? null,
        summaryKo: event.summaryKo ?? null,
        sources: event.sources.map((source) => ({
          url: source.url,
          title: source.title,
          publisher: source.publisher ?? null,
          publishedOn: source.publishedOn ?? null,
          kind: source.kind,
          contests: source.contests,
        })),
        ...author,
      })
      .returning({ id: developments.id });
    const developmentId = development!.id;
    const changes: DataChange[] = [];
    for (const [index, effect] of effects.entries()) {
      const row = await bumpVersion(tx, effect.commitmentSlug, effect.baseVersion);
      assertDeadlineToMeet(row, effect.meetsDeadline, `effects.${index}.meetsDeadline`);
      const updateId = await insertUpdate(tx, {
        ...event,
        ...author,
        commitmentId: row.id,
        status: effect.status,
        meetsDeadline: effect.meetsDeadline,
        developmentId,
      });
      changes.push(
        await recordCommitmentWrite(tx, context, row, {
          action: 'update.published',
          after: { updateId, developmentId, version: row.version, status: effect.status },
        }),
      );
    }
    const entity = `development:${developmentId}`;
    await recordWrite(tx, context, { action: 'development.published', entity, after: input }, { entity });
    return { id: developmentId, changes };
  });
  for (const change of changes) context.changes.notify(change);
  return getDevelopment(context.db, id);
}
