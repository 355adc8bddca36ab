import { FormAlert } from '../../../components/ui/field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { describeError } from '../../../lib/error-message.ts';
import { t } from '../../../lib/i18n-tools.ts';

/** A refused token write, in words: the server's 400, 404 and 409 messages name the problem as they are. */
export function TokenWriteProblem({ error }: { error: unknown }) {
  let message = describeError(error);
  if (isApiError(error) && error.status === 400 && error.details.length > 0) message = t('write.refused');
  else if (isApiError(error) && [400, 404, 409].includes(error.status)) message = error.message;
  return (
    <FormAlert title={t('tokens.writeFailed')}>
      <p>{message}</p>
    </FormAlert>
  );
}
