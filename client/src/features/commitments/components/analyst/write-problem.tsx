import { FormAlert } from '../../../../components/ui/field.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import { describeError } from '../../../../lib/error-message.ts';
import { t } from '../../../../lib/i18n-tools.ts';

export type WriteAction = 'publish' | 'save' | 'retract';

/** A failed write (other than a conflict), said in words, with what the analyst can do about it. */
export function WriteProblem({ error, action }: { error: unknown; action: WriteAction }) {
  if (isApiError(error) && error.status === 401) {
    return (
      <FormAlert title={t(`write.failed.${action}`)}>
        <p>
          {t('write.sessionEnded')}{' '}
          <a href="/login" target="_blank" rel="noopener">
            {t('write.signInAgain')}
          </a>
        </p>
      </FormAlert>
    );
  }
  let reason = describeError(error);
  if (isApiError(error) && error.status === 400) reason = t('write.refused');
  else if (isApiError(error) && error.status === 403) reason = t('write.forbidden');
  else if (isApiError(error) && error.status === 404) reason = t('write.gone');
  return (
    <FormAlert title={t(`write.failed.${action}`)}>
      <p>
        {reason} {t(`write.kept.${action}`)}
      </p>
    </FormAlert>
  );
}
