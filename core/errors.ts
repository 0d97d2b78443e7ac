/** Errors the user can act on, carried across IPC as a code plus parameters and localised in the UI. */

/** Codes of errors shown to the user. Each has a message in the renderer's locales and in the CLI. */
export type AppErrorCode =
  | 'file.notFound'
  | 'file.unreadable'
  | 'file.tooLarge'
  | 'file.empty'
  | 'file.notWritable'
  | 'file.locked'
  | 'file.diskFull'
  | 'file.verifyFailed'
  | 'file.changedOnDisk'
  | 'file.missingOnDisk'
  | 'file.openElsewhere'
  | 'project.notJson'
  | 'project.notWorkbook'
  | 'project.newerVersion'
  | 'project.invalid'
  | 'project.tooLarge'
  | 'request.invalid'
  | 'import.xls'
  | 'import.encrypted'
  | 'import.hwp'
  | 'import.corrupt'
  | 'import.unsupported'
  | 'import.noTable'
  | 'import.cancelled'
  | 'internal';

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

/** English one-line messages for the CLI and logs (the UI uses its own translations). */
export const errorMessagesEn: Record<AppErrorCode, string> = {
  'file.notFound': 'File not found',
  'file.unreadable': 'The file could not be read',
  'file.tooLarge': 'The file is too large to open as a project',
  'file.empty': 'The file is empty',
  'file.notWritable': 'The file could not be written (check the folder exists and you may write to it)',
  'file.locked': 'The file is locked or read-only (close it in Excel or choose another name)',
  'file.diskFull': 'The disk is full: nothing was changed (free some space or save to another drive)',
  'file.verifyFailed': 'The written file did not read back the same: nothing was changed (try another folder or drive)',
  'file.changedOnDisk': 'The file was changed by another program since it was opened',
  'file.missingOnDisk': 'The file was moved, renamed or deleted since it was opened',
  'file.openElsewhere': 'The file is already open in another window',
  'project.notJson': 'Not an Analyst Workbook project: the file is not JSON (it may be damaged)',
  'project.notWorkbook': 'Not an Analyst Workbook project file',
  'project.newerVersion': 'The project was saved by a newer version of Analyst Workbook',
  'project.invalid': 'The project file is damaged or has invalid values',
  'project.tooLarge': 'The workbook is too large to save as one project file (over 500 MB); split the center list',
  'request.invalid': 'Invalid request',
  'import.xls': 'This is an old binary Excel file (.xls, Excel 97–2003). Save it as .xlsx in Excel or Hancom Cell and import again',
  'import.encrypted':
    'This spreadsheet is password-protected. Remove the password in Excel (File > Info > Protect Workbook) and import again',
  'import.hwp':
    'This is a Hancom word-processor document (.hwp/.hwpx), not a spreadsheet. Copy the table into Excel or Hancom Cell, save as .xlsx, and import again',
  'import.corrupt': 'The spreadsheet is damaged or incomplete (it may not have finished downloading)',
  'import.unsupported': 'This file is not a spreadsheet Analyst Workbook can read (use .xlsx, .xlsm, .csv, .tsv or .txt)',
  'import.noTable': 'No table was found in the file',
  'import.cancelled': 'The import was cancelled',
  internal: 'Unexpected error',
};
