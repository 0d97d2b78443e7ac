/** Errors the user can act on, carried across IPC as a code plus parameters and localised in the UI. */

/** Codes of errors shown to the user; each has a message in every catalog (core/messages). */
export const APP_ERROR_CODES = [
  'file.notFound',
  'file.unreadable',
  'file.tooLarge',
  'file.empty',
  'file.notWritable',
  'file.locked',
  'file.diskFull',
  'file.verifyFailed',
  'file.changedOnDisk',
  'file.missingOnDisk',
  'file.openElsewhere',
  'project.notJson',
  'project.notWorkbook',
  'project.newerVersion',
  'project.invalid',
  'project.tooLarge',
  'project.damaged',
  'request.invalid',
  'import.encrypted',
  'import.corrupt',
  'import.unsupported',
  'import.noTable',
  'import.cancelled',
  'import.tooComplex',
  'import.hwpPassword',
  'import.hwp3',
  'import.hwpml',
  'work.cancelled',
  'work.stopped',
  'internal',
] as const;
/** One of them. */
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** A failure with a stable code and details, safe to show (never a stack trace). */
export interface AppErrorInfo {
  code: AppErrorCode;
  /** Short technical detail (file name, field path) to show after the message. */
  detail?: string;
}

/** Thrown by handlers for failures the user should see as a message. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly detail?: string;
  constructor(code: AppErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
  /** Plain data for IPC and JSON. */
  toInfo(): AppErrorInfo {
    return this.detail === undefined ? { code: this.code } : { code: this.code, detail: this.detail };
  }
}

/** Result shape of every IPC call: errors come back as values so the UI can show them. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };
