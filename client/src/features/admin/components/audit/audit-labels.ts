import { t, type ToolsMessageId } from '../../../../lib/i18n-tools.ts';

const ACTIONS: Record<string, ToolsMessageId> = {
  'update.published': 'audit.action.update.published',
  'update.retracted': 'audit.action.update.retracted',
  'commitment.created': 'audit.action.commitment.created',
  'commitment.edited': 'audit.action.commitment.edited',
  'agreement.created': 'audit.action.agreement.created',
  'agreement.edited': 'audit.action.agreement.edited',
  'user.created': 'audit.action.user.created',
  'user.edited': 'audit.action.user.edited',
  'session.created': 'audit.action.session.created',
  'session.ended': 'audit.action.session.ended',
  'session.failed': 'audit.action.session.failed',
  'session.throttled': 'audit.action.session.throttled',
  'token.created': 'audit.action.token.created',
  'token.revoked': 'audit.action.token.revoked',
};

/** An audit action in words ("Published an update"); an unknown one as its code. */
export function actionLabel(action: string): string {
  const id = ACTIONS[action];
  return id ? t(id) : action;
}

export type EntityRef =
  | { kind: 'commitment'; slug: string }
  | { kind: 'agreement'; slug: string }
  | { kind: 'user'; username: string }
  | { kind: 'other'; text: string };

/** 'commitment:gp-withdrawal' -> what it points at, so the log can link to it. */
export function parseEntity(entity: string): EntityRef {
  const [kind, ...rest] = entity.split(':');
  const value = rest.join(':');
  if (kind === 'commitment' && value) return { kind, slug: value };
  if (kind === 'agreement' && value) return { kind, slug: value };
  if (kind === 'user' && value) return { kind, username: value };
  return { kind: 'other', text: entity };
}
