import { t } from '../../../../lib/i18n-tools.ts';
import type { EditableField } from './changes.ts';

/** The edit form's label for each field, also used when telling what someone else changed. */
export function fieldLabel(field: EditableField): string {
  return t(`edit.field.${field}`);
}
