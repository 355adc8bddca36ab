import { z } from 'zod';
import { slugSchema } from '../../../shared/contracts/common.ts';
import {
  commitmentDetailSchema,
  developmentDetailSchema,
  developmentListSchema,
  developmentSchema,
  partyListSchema,
} from '../../../shared/contracts/public.ts';
import { newDevelopmentSchema, newReviewSchema } from '../../../shared/contracts/writes.ts';
import type { ErrorStatus, Operation } from './operations.ts';

const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 413];

/** The evidence model's endpoints (issue 9): the party registry, developments and reviews. */
export const EVIDENCE_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/parties',
    id: 'listParties',
    tag: 'Public data',
    summary: 'The party registry: codes, English and Korean names, signatory or third party',
    description: 'Updates name their actors and agreements their signatories by these codes.',
    access: 'public',
    success: { 200: { description: 'The registry, in display order', json: partyListSchema } },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/developments',
    id: 'listDevelopments',
    tag: 'Public data',
    summary: 'Every development (one event that moved several commitments), newest event first',
    access: 'public',
    success: { 200: { description: 'The developments', json: developmentListSchema } },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/developments/:id',
    id: 'getDevelopment',
    tag: 'Public data',
    summary: 'One development with the update it wrote on each commitment',
    access: 'public',
    pathParams: {
      id: { schema: z.number().int().min(1).max(2_147_483_647), description: 'The development’s id.' },
    },
    success: { 200: { description: 'The development', json: developmentDetailSchema } },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/v1/developments',
    id: 'publishDevelopment',
    tag: 'Analyst writes',
    summary: 'Publish one event that moved several commitments: one status update per effect',
    description:
      'All in one transaction: a stale baseVersion on any effect is a 409 and nothing is written; an ' +
      'unknown commitment a 404; an unknown party code, a commitment named twice, more than 100 effects or ' +
      'meetsDeadline on a commitment without a deadline a 400 naming the field. effectiveOn is kept as the ' +
      'first day of its month or year when datePrecision is less than a day.',
    access: 'analyst',
    csrf: true,
    body: newDevelopmentSchema,
    success: { 201: { description: 'Published', json: developmentSchema } },
    errors: [...WRITE_ERRORS, 404, 409],
  },
  {
    method: 'post',
    path: '/api/v1/commitments/:slug/reviews',
    id: 'reviewCommitment',
    tag: 'Analyst writes',
    summary: 'Record that a commitment was checked through a day and found unchanged',
    description:
      'The status stands; the commitment’s reviewedThrough (and the dashboard’s checkedThrough) move on.',
    access: 'analyst',
    csrf: true,
    pathParams: { slug: { schema: slugSchema, description: 'The commitment’s slug (its permalink).' } },
    body: newReviewSchema,
    success: { 201: { description: 'The commitment as it now stands', json: commitmentDetailSchema } },
    errors: [...WRITE_ERRORS, 404],
  },
];
