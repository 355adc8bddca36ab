import { z } from 'zod';
import { auditEventSchema, userSchema } from './admin.ts';
import {
  agreementSchema,
  commitmentDetailSchema,
  commitmentSummarySchema,
  statusUpdateSchema,
} from './public.ts';

/**
 * Response envelopes that the routes build inline ({ agreements }, { users }, ...), written down as
 * schemas so the OpenAPI document (and any client) can describe them from one place.
 */
export const agreementListSchema = z.object({ agreements: z.array(agreementSchema) });
export type AgreementList = z.infer<typeof agreementListSchema>;

export const commitmentListSchema = z.object({
  commitments: z.array(commitmentSummarySchema),
  total: z.number().int(),
});
export type CommitmentList = z.infer<typeof commitmentListSchema>;

/** POST /commitments/:slug/updates: the new update and the commitment as it now stands. */
export const publishedUpdateSchema = z.object({
  update: statusUpdateSchema,
  commitment: commitmentDetailSchema,
});
export type PublishedUpdate = z.infer<typeof publishedUpdateSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const healthSchema = z.object({ status: z.literal('ok') });
export const readinessSchema = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
});
