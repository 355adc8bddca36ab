import { isApiError } from './api-client.ts';
import { t } from './i18n.ts';

/** What went wrong, in words a reader can act on; never a stack trace or raw server text. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return t('error.reason.unknown');
  if (error.code === 'network_error') return t('error.reason.network');
  if (error.code === 'invalid_response') return t('error.reason.invalid');
  if (error.status === 429) return t('error.reason.rateLimited');
  if (error.status === 503) return t('error.reason.unavailable');
  return t('error.reason.server', { status: error.status });
}
