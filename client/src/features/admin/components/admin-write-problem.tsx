import { FormAlert } from '../../../components/ui/field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { describeError } from '../../../lib/error-message.ts';
import { t } from '../../../lib/i18n-tools.ts';

/**
 * A refused admin write, in words. The server's messages for 400, 409 and 403 name the problem
 * ("The username is taken", "You cannot disable your own account"), so they are shown as they are.
 */
export function AdminWriteProblem({ error }: { error: unknown }) {
  let message = describeError(error);
  if (isApiError(error)) {
    if (error.status === 401) message = t('admin.sessionEnded');
    else if (error.status === 400 && error.details.length > 0) message = t('write.refused');
    else if ([400, 403, 409].includes(error.status)) message = error.message;
  }
  return (
    <FormAlert title={t('admin.writeFailed')}>
      <p>{message}</p>
    </FormAlert>
  );
}
