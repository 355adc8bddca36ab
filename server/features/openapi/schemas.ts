import { z } from 'zod';
import {
  agreementCreateSchema,
  agreementPatchSchema,
  auditEventSchema,
  commitmentCreateSchema,
  userCreateSchema,
  userPatchSchema,
  userSchema,
} from '../../../shared/contracts/admin.ts';
import {
  sessionResponseSchema,
  sessionUserSchema,
  signInRequestSchema,
} from '../../../shared/contracts/auth.ts';
import {
  apiTokenCreateSchema,
  apiTokenCreatedSchema,
  apiTokenListSchema,
  apiTokenSchema,
} from '../../../shared/contracts/api-tokens.ts';
import { apiErrorSchema, isoDateSchema } from '../../../shared/contracts/common.ts';
import {
  exportAgreementRelationSchema,
  exportAgreementSchema,
  exportCommitmentRelationSchema,
  exportCommitmentSchema,
  exportDataSchema,
  exportDevelopmentSchema,
  exportPartySchema,
  exportReviewSchema,
  exportSourceSchema,
  exportUpdateSchema,
} from '../../../shared/contracts/export.ts';
import {
  agreementDetailSchema,
  agreementRelationSchema,
  agreementSchema,
  compareSchema,
  commitmentDetailSchema,
  commitmentSummarySchema,
  dashboardSchema,
  developmentDetailSchema,
  developmentListSchema,
  developmentRefSchema,
  developmentSchema,
  partyListSchema,
  partySchema,
  recentUpdateSchema,
  relatedCommitmentSchema,
  reviewSchema,
  sourceSchema,
  statusCountsSchema,
  statusUpdateSchema,
  timelineSchema,
  timelineUpdateSchema,
  updatesPageSchema,
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
  agreementRelationCreateSchema,
  commitmentRelationCreateSchema,
} from '../../../shared/contracts/relations.ts';
import {
  commitmentPatchSchema,
  developmentEffectSchema,
  newDevelopmentSchema,
  newReviewSchema,
  newUpdateSchema,
  retractionSchema,
  sourceInputSchema,
  webUrlSchema,
} from '../../../shared/contracts/writes.ts';

export type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';
type Meta = { id?: string; format?: string; description?: string };

/** Shared schemas that become named components: what responses carry (read as the server sends them)... */
const RESPONSE_SCHEMAS: Record<string, z.ZodType> = {
  ApiError: apiErrorSchema,
  Agreement: agreementSchema,
  AgreementList: agreementListSchema,
  AgreementDetail: agreementDetailSchema,
  CommitmentSummary: commitmentSummarySchema,
  CommitmentList: commitmentListSchema,
  CommitmentDetail: commitmentDetailSchema,
  Source: sourceSchema,
  StatusUpdate: statusUpdateSchema,
  RecentUpdate: recentUpdateSchema,
  UpdatesPage: updatesPageSchema,
  StatusCounts: statusCountsSchema,
  Dashboard: dashboardSchema,
  Timeline: timelineSchema,
  TimelineUpdate: timelineUpdateSchema,
  Compare: compareSchema,
  AgreementRelation: agreementRelationSchema,
  RelatedCommitment: relatedCommitmentSchema,
  PublishedUpdate: publishedUpdateSchema,
  SessionUser: sessionUserSchema,
  SessionResponse: sessionResponseSchema,
  User: userSchema,
  UserList: userListSchema,
  AuditEvent: auditEventSchema,
  AuditPage: auditPageSchema,
  ExportData: exportDataSchema,
  ExportAgreement: exportAgreementSchema,
  ExportCommitment: exportCommitmentSchema,
  ExportUpdate: exportUpdateSchema,
  ExportSource: exportSourceSchema,
  Party: partySchema,
  PartyList: partyListSchema,
  Review: reviewSchema,
  DevelopmentRef: developmentRefSchema,
  Development: developmentSchema,
  DevelopmentDetail: developmentDetailSchema,
  DevelopmentList: developmentListSchema,
  ExportParty: exportPartySchema,
  ExportDevelopment: exportDevelopmentSchema,
  ExportReview: exportReviewSchema,
  ExportAgreementRelation: exportAgreementRelationSchema,
  ExportCommitmentRelation: exportCommitmentRelationSchema,
  Health: healthSchema,
  Readiness: readinessSchema,
  ApiToken: apiTokenSchema,
  ApiTokenList: apiTokenListSchema,
  ApiTokenCreated: apiTokenCreatedSchema,
};

/** ...and what request bodies may hold (read as the server accepts them: defaults optional, before trimming). */
const REQUEST_SCHEMAS: Record<string, z.ZodType> = {
  SignInRequest: signInRequestSchema,
  NewUpdate: newUpdateSchema,
  NewDevelopment: newDevelopmentSchema,
  DevelopmentEffect: developmentEffectSchema,
  NewReview: newReviewSchema,
  SourceInput: sourceInputSchema,
  Retraction: retractionSchema,
  CommitmentPatch: commitmentPatchSchema,
  AgreementCreate: agreementCreateSchema,
  AgreementPatch: agreementPatchSchema,
  CommitmentCreate: commitmentCreateSchema,
  UserCreate: userCreateSchema,
  UserPatch: userPatchSchema,
  AgreementRelationCreate: agreementRelationCreateSchema,
  CommitmentRelationCreate: commitmentRelationCreateSchema,
  ApiTokenCreate: apiTokenCreateSchema,
};

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** A registry with the formats that refinements cannot express (zod passes metadata on to refined copies). */
function registryFor(schemas: Record<string, z.ZodType>) {
  const registry = z.registry<Meta>();
  registry.add(isoDateSchema, { format: 'date' });
  // Not format "uri": the server takes what browsers' URL parser takes, which is looser than RFC 3986.
  registry.add(webUrlSchema, { description: 'An http:// or https:// address' });
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  return registry;
}

const REGISTRIES = { output: registryFor(RESPONSE_SCHEMAS), input: registryFor(REQUEST_SCHEMAS) };

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** Every named schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), generated from the zod contracts. */
export function componentSchemas(): Record<string, JsonSchema> {
  const result: Record<string, JsonSchema> = {};
  for (const io of ['output', 'input'] as const) {
    const registry = REGISTRIES[io];
    const { schemas } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      metadata: registry,
      uri: componentRef,
    });
    for (const [id, schema] of Object.entries(schemas)) {
      if (id === '__shared') throw new Error('A schema is shared without a name: register it in schemas.ts');
      result[id] = withoutDialect(schema as JsonSchema);
    }
  }
  return result;
}

/** A schema as used in an operation: a $ref when it is a named component, else inline. */
export function schemaFor(schema: z.ZodType, io: Io): JsonSchema {
  const registry = REGISTRIES[io];
  const id = registry.get(schema)?.id;
  if (id && registry._idmap.get(id) === schema) return { $ref: componentRef(id) };
  return withoutDialect(
    z.toJSONSchema(schema, { target: 'draft-2020-12', io, metadata: registry }) as JsonSchema,
  );
}
