import { eq, sql } from 'drizzle-orm';
import { commitmentReviews, commitments } from '../../db/schema/index.ts';
import type { CommitmentDetail } from '../../../shared/contracts/public.ts';
import type { NewReview } from '../../../shared/contracts/writes.ts';
import { notFound } from '../../http/errors.ts';
import type { WriteContext } from '../../http/write-context.ts';
import { recordCommitmentWrite } from '../commitments/write-service.ts';
import { getCommitment } from '../commitments/service.ts';

/**
 * Records that an analyst checked a commitment through a day and found no change. The status stands;
 * the version still moves on, since what the page shows (reviewedThrough) changed.
 */
export async function recordReview(
  context: WriteContext,
  slug: string,
  input: NewReview,
): Promise<CommitmentDetail> {
  const change = await context.db.transaction(async (tx) => {
    const [row] = await tx
      .update(commitments)
      .set({ version: sql`${commitments.version} + 1`, updatedAt: new Date() })
      .where(eq(commitments.slug, slug))
      .returning();
    if (!row) throw notFound(`Commitment "${slug}"`);
    const [review] = await tx
      .insert(commitmentReviews)
      .values({
        commitmentId: row.id,
        reviewedOn: input.reviewedOn,
        note: input.note ?? null,
        authorId: context.actor.userId,
        authorName: context.actor.displayName,
      })
      .returning({ id: commitmentReviews.id });
    return recordCommitmentWrite(tx, context, row, {
      action: 'commitment.reviewed',
      after: { reviewId: review!.id, ...input, version: row.version },
    });
  });
  context.changes.notify(change);
  return getCommitment(context.db, slug);
}
