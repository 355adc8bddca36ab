import { z } from 'zod';
import { LIMITS } from '../domain/limits.ts';
import { AGREEMENT_RELATION_TYPES, COMMITMENT_RELATION_KINDS } from '../domain/relations.ts';
import { slugSchema } from './common.ts';

/** An optional note: blank is none. */
const relationNote = z
  .string()
  .trim()
  .max(LIMITS.disputeNoteMax, `At most ${LIMITS.disputeNoteMax} characters`)
  .nullish()
  .transform((value) => value || null);

/** POST /agreements/:slug/relations: "this agreement <type> that one". */
export const agreementRelationCreateSchema = z.strictObject({
  type: z.enum(AGREEMENT_RELATION_TYPES),
  agreementSlug: slugSchema,
  note: relationNote,
  noteKo: relationNote,
});
export type AgreementRelationCreate = z.input<typeof agreementRelationCreateSchema>;

/** POST /commitments/:slug/relations: "this commitment <kind> that one", of another agreement. */
export const commitmentRelationCreateSchema = z.strictObject({
  kind: z.enum(COMMITMENT_RELATION_KINDS),
  commitmentSlug: slugSchema,
  note: relationNote,
  noteKo: relationNote,
});
export type CommitmentRelationCreate = z.input<typeof commitmentRelationCreateSchema>;
