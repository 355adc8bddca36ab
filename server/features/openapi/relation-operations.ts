import { slugSchema } from '../../../shared/contracts/common.ts';
import {
  agreementDetailSchema,
  commitmentDetailSchema,
  compareSchema,
} from '../../../shared/contracts/public.ts';
import {
  agreementRelationCreateSchema,
  commitmentRelationCreateSchema,
} from '../../../shared/contracts/relations.ts';
import type { ErrorStatus, Operation } from './operations.ts';

const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 413];
const slug = (what: string) => ({ schema: slugSchema, description: `The ${what}'s slug.` });

/** Issue 14: the agreements side by side, and the relations between agreements and between clauses. */
export const RELATION_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/compare',
    id: 'compareAgreements',
    tag: 'Public data',
    summary: 'Each agreement’s share of commitments implemented or partially implemented, over time',
    description:
      'Per agreement (in display order): a point on its signing day, then one on each day the share of its ' +
      'commitments Implemented or Partially implemented changed (the dashboard’s status rule), the first day ' +
      'it peaked, and the days it fell. Revalidate with If-None-Match.',
    access: 'public',
    success: { 200: { description: 'The series', json: compareSchema, etag: true } },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/compare.csv',
    id: 'compareAgreementsCsv',
    tag: 'Open data',
    summary: 'The same series as CSV',
    description:
      'One row per point: agreement, agreement_title, date, implemented_or_partial, total, percent, ' +
      'turning_point (peak, fall or empty). UTF-8 with a byte-order mark.',
    access: 'public',
    success: {
      200: {
        description: 'The CSV file (Content-Disposition: attachment)',
        media: { type: 'text/csv', description: 'CSV with a header row' },
        etag: true,
      },
    },
    errors: [],
  },
  {
    method: 'post',
    path: '/api/v1/agreements/:slug/relations',
    id: 'addAgreementRelation',
    tag: 'Administration',
    summary: 'Relate this agreement to another: it implements, builds on, or is conditional on it',
    description: 'One relation per pair of agreements, either way round: a second one is a 409.',
    access: 'admin',
    csrf: true,
    pathParams: { slug: slug('agreement') },
    body: agreementRelationCreateSchema,
    success: { 201: { description: 'The agreement with its relations', json: agreementDetailSchema } },
    errors: [...WRITE_ERRORS, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/v1/agreements/:slug/relations/:related',
    id: 'removeAgreementRelation',
    tag: 'Administration',
    summary: 'Remove the relation between two agreements, whichever way it points',
    access: 'admin',
    csrf: true,
    pathParams: { slug: slug('agreement'), related: slug('other agreement') },
    success: { 204: { description: 'Removed' } },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/v1/commitments/:slug/relations',
    id: 'addCommitmentRelation',
    tag: 'Administration',
    summary: 'Relate this commitment to one of another agreement: it repeats it, or carries it out',
    description:
      'The other commitment must belong to another agreement. One relation per pair, either way round: a second one is a 409.',
    access: 'admin',
    csrf: true,
    pathParams: { slug: slug('commitment') },
    body: commitmentRelationCreateSchema,
    success: {
      201: { description: 'The commitment with its related commitments', json: commitmentDetailSchema },
    },
    errors: [...WRITE_ERRORS, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/v1/commitments/:slug/relations/:related',
    id: 'removeCommitmentRelation',
    tag: 'Administration',
    summary: 'Remove the relation between two commitments, whichever way it points',
    access: 'admin',
    csrf: true,
    pathParams: { slug: slug('commitment'), related: slug('other commitment') },
    success: { 204: { description: 'Removed' } },
    errors: [401, 403, 404],
  },
];
