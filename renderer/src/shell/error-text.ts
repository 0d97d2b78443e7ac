/** The message shown for an error that came back from the main process. */
import type { TFunction } from 'i18next';
import type { AppErrorInfo } from '../../../core/errors';

/** Localised message, with the technical detail (file name, field) in brackets. */
export function errorText(t: TFunction, error: AppErrorInfo): string {
  return `${t(`errors.${error.code}`)}${error.detail ? ` (${error.detail})` : ''}`;
}
