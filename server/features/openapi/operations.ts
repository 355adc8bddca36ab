import { z } from 'zod';
import {
  agreementCreateSchema,
  agreementPatchSchema,
  auditQuerySchema,
  commitmentCreateSchema,
  userCreateSchema,
  userPatchSchema,
  userSchema,
} from '../../../shared/contracts/admin.ts';
import {
  sessionResponseSchema,
  signInRequestSchema,
  usernameSchema,
} from '../../../shared/contracts/auth.ts';
import { slugSchema } from '../../../shared/contracts/common.ts';
import { exportDataSchema } from '../../../shared/contracts/export.ts';
import {
  agreementDetailSchema,
  asOfQuerySchema,
  commitmentDetailSchema,
  commitmentsQuerySchema,
  dashboardSchema,
  timelineSchema,
  updatesPageSchema,
  updatesQuerySchema,
} from '../../../shared/contracts/public.ts';
import {
  agreementListSchema,
  auditPageSchema,
  commitmentListSchema,
  healthSchema,
  publishedUpdateSchema,
  readinessSchema,
  userListSchema,
} from '../../../shared/contracts/responses.ts';
import {
  throttleClearSchema,
  throttleClearedSchema,
  throttleListSchema,
} from '../../../shared/contracts/throttle.ts';
import {
  commitmentPatchSchema,
  newUpdateSchema,
  retractionSchema,
} from '../../../shared/contracts/writes.ts';

/** Who may call an operation: anyone, a signed-in account, or a role (writes also need the CSRF token). */
export type Access = 'public' | 'signed-in' | 'analyst' | 'admin';
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503;

export interface OperationResponse {
  description: string;
  /** A JSON body described by a shared schema. */
  json?: z.ZodType;
  /** Any other body: its media type and a plain description of it. */
  media?: { type: string; description: string };
  /** Answered with ETag; If-None-Match can give a 304. */
  etag?: boolean;
  headers?: Record<string, string>;
}

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The Express path, e.g. /api/v1/commitments/:slug. */
  path: string;
  id: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  /** State-changing: needs the session's CSRF token in X-CSRF-Token, sent from this site. */
  csrf?: boolean;
  /** Only a browser session will do: an API token is refused here (sessions and tokens themselves). */
  sessionOnly?: boolean;
  pathParams?: Record<string, { schema: z.ZodType; description: string }>;
  query?: z.ZodObject;
  body?: z.ZodType;
  success: Record<number, OperationResponse>;
  errors: ErrorStatus[];
}

const slug = (what: string) => ({ schema: slugSchema, description: `The ${what}'s slug (its permalink).` });
/** The status cards' language (decision 066). */
const cardQuerySchema = z.object({
  lang: z.enum(['en', 'ko']).optional().describe('The card’s language; English when omitted.'),
});
const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 413];
const TAGS = {
  public: 'Public data',
  open: 'Open data',
  session: 'Session',
  analyst: 'Analyst writes',
  admin: 'Administration',
  meta: 'Service',
} as const;
const json = (description: string, schema: z.ZodType, etag = false): OperationResponse => ({
  description,
  json: schema,
  etag,
});

/** Every endpoint the server has: the OpenAPI document and /api/docs are generated from this list. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/dashboard',
    id: 'getDashboard',
    tag: TAGS.public,
    summary: 'Every commitment with its status as of a date, and the counts by status',
    description:
      'The public dashboard in one payload, served from a snapshot kept per date. Revalidate with If-None-Match.',
    access: 'public',
    query: asOfQuerySchema,
    success: { 200: json('The dashboard', dashboardSchema, true) },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/v1/timeline',
    id: 'getTimeline',
    tag: TAGS.public,
    summary: 'Every commitment’s status changes over time, oldest first',
    description:
      'For each commitment (in the dashboard’s order), the days its status changed, computed with the same ' +
      'rule as the dashboard (retracted updates do not count). Before its first change a commitment is Not ' +
      'started. Beside the changes, `updates` names the update behind each one (its id, the anchor ' +
      '`#update-<id>` on the commitment’s page, and its summaries cut short). Revalidate with If-None-Match.',
    access: 'public',
    success: { 200: json('The status changes', timelineSchema, true) },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/agreements',
    id: 'listAgreements',
    tag: TAGS.public,
    summary: 'The agreements followed',
    access: 'public',
    success: { 200: json('The agreements, in display order', agreementListSchema) },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/agreements/:slug',
    id: 'getAgreement',
    tag: TAGS.public,
    summary: 'One agreement with its commitments and counts by status, as of a date (default today)',
    access: 'public',
    pathParams: { slug: slug('agreement') },
    query: asOfQuerySchema,
    success: { 200: json('The agreement', agreementDetailSchema) },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/commitments',
    id: 'listCommitments',
    tag: TAGS.public,
    summary: 'Commitments, filtered by agreement, status (as of a date), category and text',
    access: 'public',
    query: commitmentsQuerySchema,
    success: { 200: json('The matching commitments', commitmentListSchema) },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/v1/commitments/:slug',
    id: 'getCommitment',
    tag: TAGS.public,
    summary: 'One commitment with its full history, newest first, retracted updates flagged',
    access: 'public',
    pathParams: { slug: slug('commitment') },
    success: { 200: json('The commitment', commitmentDetailSchema) },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/v1/updates',
    id: 'listUpdates',
    tag: TAGS.public,
    summary: 'Recent updates across all commitments, newest event first',
    description: 'Page on with `before` set to the previous page’s `nextBefore`.',
    access: 'public',
    query: updatesQuerySchema,
    success: { 200: json('A page of updates', updatesPageSchema) },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/v1/events',
    id: 'liveEvents',
    tag: TAGS.public,
    summary: 'Live updates as Server-Sent Events',
    description:
      'A stream that stays open: `update` events ({slug, version}) when a commitment changes, `change` ({slug}) ' +
      'when an agreement does, `resync` when the client should reload everything. Resume with Last-Event-ID.',
    access: 'public',
    success: {
      200: {
        description: 'The event stream',
        media: { type: 'text/event-stream', description: 'Server-Sent Events' },
      },
    },
    errors: [429],
  },
  {
    method: 'get',
    path: '/api/v1/export.csv',
    id: 'exportCsv',
    tag: TAGS.open,
    summary: 'Every status update as CSV',
    description:
      'One row per status update (retracted ones too, flagged), UTF-8 with a byte-order mark, RFC 4180 quoting. ' +
      'Cells that a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe. ' +
      'Columns: see docs/open-data.md.',
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
    method: 'get',
    path: '/api/v1/export.json',
    id: 'exportJson',
    tag: TAGS.open,
    summary: 'The complete public dataset as JSON (format version 1)',
    description:
      'Agreements, commitments and every update with its sources and retraction. The same file can be loaded ' +
      'into an empty database with `npm run data:import -- FILE.json`.',
    access: 'public',
    success: { 200: json('The dataset (Content-Disposition: attachment)', exportDataSchema, true) },
    errors: [],
  },
  {
    method: 'get',
    path: '/feed.atom',
    id: 'siteFeed',
    tag: TAGS.open,
    summary: 'Atom feed of the latest updates and retractions across all commitments',
    access: 'public',
    success: {
      200: {
        description: 'An Atom 1.0 feed (the 50 latest changes)',
        media: { type: 'application/atom+xml', description: 'Atom 1.0 (RFC 4287)' },
        etag: true,
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/commitments/:slug/feed.atom',
    id: 'commitmentFeed',
    tag: TAGS.open,
    summary: 'Atom feed of every update of one commitment',
    access: 'public',
    pathParams: { slug: slug('commitment') },
    success: {
      200: {
        description: 'An Atom 1.0 feed',
        media: { type: 'application/atom+xml', description: 'Atom 1.0 (RFC 4287)' },
        etag: true,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/badges/:slug.svg',
    id: 'statusBadge',
    tag: TAGS.open,
    summary: 'An SVG badge with a commitment’s short title and current status',
    access: 'public',
    pathParams: { slug: slug('commitment') },
    success: {
      200: {
        description: 'The badge',
        media: { type: 'image/svg+xml', description: 'An SVG image' },
        etag: true,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/og/dashboard.png',
    id: 'dashboardCard',
    tag: TAGS.open,
    summary: 'The status card of the dashboard, for link previews (og:image)',
    access: 'public',
    query: cardQuerySchema,
    success: {
      200: {
        description: 'The dashboard’s card',
        media: { type: 'image/png', description: 'A 1200x630 PNG' },
        etag: true,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/og/agreements/:slug.png',
    id: 'agreementCard',
    tag: TAGS.open,
    summary: 'The status card of one agreement, for link previews (og:image)',
    access: 'public',
    pathParams: { slug: slug('agreement') },
    query: cardQuerySchema,
    success: {
      200: {
        description: 'The agreement’s card',
        media: { type: 'image/png', description: 'A 1200x630 PNG' },
        etag: true,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/og/commitments/:slug.png',
    id: 'commitmentCard',
    tag: TAGS.open,
    summary: 'The status card of one commitment, for link previews (og:image)',
    access: 'public',
    pathParams: { slug: slug('commitment') },
    query: cardQuerySchema,
    success: {
      200: {
        description: 'The commitment’s card',
        media: { type: 'image/png', description: 'A 1200x630 PNG' },
        etag: true,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/robots.txt',
    id: 'robots',
    tag: TAGS.open,
    summary: 'Rules for crawlers: public pages allowed, the signed-in areas not, and the sitemap',
    access: 'public',
    success: {
      200: {
        description: 'robots.txt',
        media: { type: 'text/plain', description: 'Plain text' },
        etag: true,
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/sitemap.xml',
    id: 'sitemap',
    tag: TAGS.open,
    summary: 'Every public page in English and Korean, with hreflang alternates',
    access: 'public',
    success: {
      200: {
        description: 'A sitemap (sitemaps.org 0.9)',
        media: { type: 'application/xml', description: 'XML' },
        etag: true,
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/embed/commitments/:slug',
    id: 'commitmentEmbed',
    tag: TAGS.open,
    summary: 'A small HTML card for iframes: status, last update, link to the commitment',
    description: 'The only pages other sites may frame. An unknown slug gets a 404 HTML card.',
    access: 'public',
    pathParams: { slug: slug('commitment') },
    success: {
      200: {
        description: 'The card',
        media: { type: 'text/html', description: 'An HTML page' },
        etag: true,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    id: 'openApiDocument',
    tag: TAGS.meta,
    summary: 'This API description (OpenAPI 3.1)',
    access: 'public',
    success: {
      200: {
        description: 'The OpenAPI document',
        media: { type: 'application/json', description: 'An OpenAPI 3.1 document' },
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/docs',
    id: 'apiDocs',
    tag: TAGS.meta,
    summary: 'This API description, for people',
    access: 'public',
    success: { 200: { description: 'The page', media: { type: 'text/html', description: 'An HTML page' } } },
    errors: [],
  },
  {
    method: 'get',
    path: '/healthz',
    id: 'health',
    tag: TAGS.meta,
    summary: 'Liveness: the process answers',
    access: 'public',
    success: { 200: json('Up', healthSchema) },
    errors: [],
  },
  {
    method: 'get',
    path: '/readyz',
    id: 'readiness',
    tag: TAGS.meta,
    summary: 'Readiness: the process and its database answer',
    access: 'public',
    success: { 200: json('Ready', readinessSchema) },
    errors: [503],
  },
  {
    method: 'post',
    path: '/api/v1/session',
    id: 'signIn',
    tag: TAGS.session,
    summary: 'Sign in',
    description:
      'Sets the HttpOnly session cookie and returns the CSRF token to send as X-CSRF-Token on writes. ' +
      'Must come from this site (Origin header). Failed attempts are throttled per account and address.',
    access: 'public',
    body: signInRequestSchema,
    success: {
      200: {
        ...json('Signed in', sessionResponseSchema),
        headers: { 'Set-Cookie': 'The session cookie (HttpOnly, SameSite=Lax)' },
      },
    },
    errors: [400, 401, 403, 413, 429],
  },
  {
    method: 'get',
    path: '/api/v1/session',
    id: 'getSession',
    tag: TAGS.session,
    summary: 'The signed-in account and its CSRF token',
    access: 'signed-in',
    sessionOnly: true,
    success: { 200: json('The session', sessionResponseSchema) },
    errors: [401],
  },
  {
    method: 'delete',
    path: '/api/v1/session',
    id: 'signOut',
    tag: TAGS.session,
    summary: 'Sign out',
    access: 'signed-in',
    sessionOnly: true,
    csrf: true,
    success: { 204: { description: 'Signed out; the cookie is cleared' } },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/commitments/:slug/updates',
    id: 'publishUpdate',
    tag: TAGS.analyst,
    summary: 'Publish a status update with its sources',
    description: '409 when baseVersion is not the commitment’s current version (someone else changed it).',
    access: 'analyst',
    csrf: true,
    pathParams: { slug: slug('commitment') },
    body: newUpdateSchema,
    success: { 201: json('Published', publishedUpdateSchema) },
    errors: [...WRITE_ERRORS, 404, 409],
  },
  {
    method: 'post',
    path: '/api/v1/updates/:id/retraction',
    id: 'retractUpdate',
    tag: TAGS.analyst,
    summary: 'Retract a status update, with the reason (it stays visible, flagged)',
    access: 'analyst',
    csrf: true,
    pathParams: {
      id: { schema: z.number().int().min(1).max(2_147_483_647), description: 'The update’s id.' },
    },
    body: retractionSchema,
    success: { 200: json('The commitment as it now stands', commitmentDetailSchema) },
    errors: [...WRITE_ERRORS, 404, 409],
  },
  {
    method: 'patch',
    path: '/api/v1/commitments/:slug',
    id: 'editCommitment',
    tag: TAGS.analyst,
    summary: 'Edit a commitment’s wording or metadata',
    access: 'analyst',
    csrf: true,
    pathParams: { slug: slug('commitment') },
    body: commitmentPatchSchema,
    success: { 200: json('The edited commitment', commitmentDetailSchema) },
    errors: [...WRITE_ERRORS, 404, 409],
  },
  {
    method: 'post',
    path: '/api/v1/agreements',
    id: 'createAgreement',
    tag: TAGS.admin,
    summary: 'Add an agreement (its commitments follow through POST /api/v1/commitments)',
    access: 'admin',
    csrf: true,
    body: agreementCreateSchema,
    success: { 201: json('The new agreement', agreementDetailSchema) },
    errors: [...WRITE_ERRORS, 409],
  },
  {
    method: 'patch',
    path: '/api/v1/agreements/:slug',
    id: 'editAgreement',
    tag: TAGS.admin,
    summary: 'Edit an agreement',
    access: 'admin',
    csrf: true,
    pathParams: { slug: slug('agreement') },
    body: agreementPatchSchema,
    success: { 200: json('The edited agreement', agreementDetailSchema) },
    errors: [...WRITE_ERRORS, 404],
  },
  {
    method: 'post',
    path: '/api/v1/commitments',
    id: 'createCommitment',
    tag: TAGS.admin,
    summary: 'Add a commitment at the end of an agreement',
    access: 'admin',
    csrf: true,
    body: commitmentCreateSchema,
    success: { 201: json('The new commitment', commitmentDetailSchema) },
    errors: [...WRITE_ERRORS, 409],
  },
  {
    method: 'get',
    path: '/api/v1/users',
    id: 'listUsers',
    tag: TAGS.admin,
    summary: 'The accounts',
    access: 'admin',
    success: { 200: json('Every account', userListSchema) },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/users',
    id: 'createUser',
    tag: TAGS.admin,
    summary: 'Create an account',
    access: 'admin',
    csrf: true,
    body: userCreateSchema,
    success: { 201: json('The new account', userSchema) },
    errors: [...WRITE_ERRORS, 409],
  },
  {
    method: 'patch',
    path: '/api/v1/users/:username',
    id: 'editUser',
    tag: TAGS.admin,
    summary: 'Change an account’s role, name, access or password (ends its sessions)',
    access: 'admin',
    csrf: true,
    pathParams: { username: { schema: usernameSchema, description: 'The account’s username.' } },
    body: userPatchSchema,
    success: { 200: json('The account', userSchema) },
    errors: [...WRITE_ERRORS, 404],
  },
  {
    method: 'get',
    path: '/api/v1/audit',
    id: 'listAuditEvents',
    tag: TAGS.admin,
    summary: 'The audit log, newest first',
    access: 'admin',
    query: auditQuerySchema,
    success: { 200: json('A page of audit events', auditPageSchema) },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/v1/sign-in-throttles',
    id: 'listSignInThrottles',
    tag: TAGS.admin,
    summary: 'Who is being slowed down at sign-in, and how often they were refused',
    access: 'admin',
    success: { 200: json('The current throttles', throttleListSchema) },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/sign-in-throttles/clear',
    id: 'clearSignInThrottles',
    tag: TAGS.admin,
    summary: 'Forget the sign-in attempts of an account, an address, or both (audited)',
    access: 'admin',
    csrf: true,
    body: throttleClearSchema,
    success: { 200: json('How many throttle rows were cleared', throttleClearedSchema) },
    errors: WRITE_ERRORS,
  },
];
