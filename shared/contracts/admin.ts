import { z } from 'zod';
import { LIMITS } from '../domain/limits.ts';
import { isoDateSchema, slugSchema } from './common.ts';
import { newPasswordSchema, roleSchema, usernameSchema } from './auth.ts';
import { commitmentFieldsSchema, partiesSchema, requiredText, webUrlSchema } from './writes.ts';

export const agreementFieldsSchema = z.strictObject({
  title: requiredText(LIMITS.titleMax, 'Title'),
  titleKo: requiredText(LIMITS.titleMax, 'Korean title').nullable(),
  signedOn: isoDateSchema,
  place: requiredText(LIMITS.titleMax, 'Place'),
  placeKo: requiredText(LIMITS.titleMax, 'Korean place').nullable(),
  parties: partiesSchema,
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
  summaryKo: requiredText(LIMITS.summaryMax, 'Korean summary').nullable(),
  sourceUrl: webUrlSchema.nullable(),
});

/** POST /agreements: a new agreement (its commitments follow through POST /commitments). */
export const agreementCreateSchema = agreementFieldsSchema.extend({
  slug: slugSchema,
  titleKo: agreementFieldsSchema.shape.titleKo.optional().default(null),
  placeKo: agreementFieldsSchema.shape.placeKo.optional().default(null),
  summaryKo: agreementFieldsSchema.shape.summaryKo.optional().default(null),
  sourceUrl: agreementFieldsSchema.shape.sourceUrl.optional().default(null),
});
export type AgreementCreate = z.infer<typeof agreementCreateSchema>;

export const agreementPatchSchema = agreementFieldsSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field');
export type AgreementPatch = z.infer<typeof agreementPatchSchema>;

/** POST /commitments: a new commitment under an existing agreement, added at the end. */
export const commitmentCreateSchema = commitmentFieldsSchema.extend({
  agreement: slugSchema,
  slug: slugSchema,
  titleKo: commitmentFieldsSchema.shape.titleKo.optional().default(null),
  textKo: commitmentFieldsSchema.shape.textKo.optional().default(null),
  deadline: commitmentFieldsSchema.shape.deadline.optional().default(null),
  deadlineNote: commitmentFieldsSchema.shape.deadlineNote.optional().default(null),
  deadlineNoteKo: commitmentFieldsSchema.shape.deadlineNoteKo.optional().default(null),
  deadlineMetOn: commitmentFieldsSchema.shape.deadlineMetOn.optional().default(null),
});
export type CommitmentCreate = z.infer<typeof commitmentCreateSchema>;

export const userCreateSchema = z.strictObject({
  username: usernameSchema,
  displayName: requiredText(LIMITS.displayNameMax, 'Display name'),
  role: roleSchema,
  password: newPasswordSchema,
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userPatchSchema = z
  .strictObject({
    displayName: requiredText(LIMITS.displayNameMax, 'Display name'),
    role: roleSchema,
    disabled: z.boolean(),
    password: newPasswordSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field');
export type UserPatch = z.infer<typeof userPatchSchema>;

export const userSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const auditQuerySchema = z.object({
  actor: z.string().max(LIMITS.usernameMax).optional(),
  commitment: slugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
