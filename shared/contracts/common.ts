import { z } from 'zod';
import { isIsoDate } from '../domain/dates.ts';
import { DEADLINE_STATES } from '../domain/deadlines.ts';
import { DATE_PRECISIONS, PARTY_CODE_PATTERN, PARTY_KINDS, STANDINGS } from '../domain/evidence.ts';
import { CATEGORY_KEYS, SOURCE_KINDS, STATUS_KEYS } from '../domain/status.ts';

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Expected a real date written as YYYY-MM-DD' });

export const statusSchema = z.enum(STATUS_KEYS);
export const categorySchema = z.enum(CATEGORY_KEYS);
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);
export const standingSchema = z.enum(STANDINGS);
export const deadlineStateSchema = z.enum(DEADLINE_STATES);
export const partyKindSchema = z.enum(PARTY_KINDS);
export const partyCodeSchema = z
  .string()
  .trim()
  .regex(PARTY_CODE_PATTERN, 'Expected a party code such as ROK, DPRK or UNC');
export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lower-case letters, digits and single hyphens');

/** The one error body every failing response carries. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** On a 409 conflict: the commitment's version now, so the client can show what changed. */
    currentVersion: z.number().int().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export const ERROR_CODES = [
  'validation_error',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
