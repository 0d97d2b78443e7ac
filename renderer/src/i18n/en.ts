/** English UI texts. */
import type { Texts } from './ko';

export const en: Texts = {
  app: { name: 'Analyst Workbook', untitled: 'Untitled', sample: 'Sample workbook', loading: 'Opening workbook…' },
  toolbar: {
    new: 'Open sample', open: 'Open', save: 'Save', saveAs: 'Save As', export: 'Export briefing', import: 'Import',
    language: '한국어', languageTitle: 'Switch language (한국어)', unsaved: 'Unsaved changes', saved: 'Saved', undo: 'Undo', redo: 'Redo',
  },
  budget: {
    title: 'Budget series', year: 'Year', kind: 'Type', actual: 'Actual', projected: 'Projected', value: 'Budget ({{unit}})', change: 'YoY', note: 'Note',
    addAfter: 'Add next year', addBefore: 'Add earlier year', remove: 'Delete selected', removeTitle: 'Delete the selected years',
  },
  scenario: {
    title: 'Scenarios', duplicate: 'Duplicate', remove: 'Delete', copyName: '{{name}} copy', unnamed: '(unnamed)', baseline: 'baseline', makeBaseline: 'Set as baseline',
    name: 'Name', method: 'Method', horizon: 'Project to', rate: 'Annual growth', followLatest: 'Use latest change', invalidRate: 'Growth must be above −100%.',
    windowFrom: 'Window from', windowTo: 'Window to', customRates: 'Rates per year (%, comma-separated)', needTwoYears: 'Needs at least two actual years.',
    endValue: '{{year}} projected', split: 'Split (a share of the projection)', splitDefault: 'AI infrastructure', splitLabel: 'Split name', splitShare: 'Share', invalidShare: 'A share must be between 0 and 100%.', fromBase: '{{change}} on {{value}} in {{year}}',
  },
  goal: {
    title: 'Goal seek', target: 'Target', year: 'By year', requiredRate: 'Annual growth needed by {{year}}', requiredSlope: 'Yearly increase needed',
    perYear: 'yr', reachedIn: 'Reached with ‘{{name}}’ in', yearValue: '{{year}} (≥ {{target}})',
  },
  tabs: { centers: 'Centers', comparison: 'Compare scenarios', sensitivity: 'Sensitivity' },
  comparison: { actual: 'Actual', value: 'Projected', diff: 'Diff.', diffPct: 'Diff. %' },
  sensitivity: { rate: 'Growth', caption: 'Budget by year growing at a constant rate from {{value}} in {{year}}', unavailable: 'The current scenario cannot produce a sensitivity table.' },
  chart: { title: 'Budget and scenarios', history: 'Actual', historyRange: 'Actual {{first}}–{{last}}', scenarioEnd: '{{name}} {{year}} {{value}}' },
  csv: { export: 'CSV', title: 'Export this table as CSV', encoding: 'CSV encoding' },
  import: {
    title: 'Import', sheet: 'Sheet', encoding: 'Encoding', headerRow: 'Header row', unit: 'Unit', noUnit: '(no unit)', target: 'Import into',
    toSeries: 'Budget series ({{name}})', toCenters: 'Center list', conversion: 'Unit conversion: 1 {{from}} = {{factor}} {{to}}', whichSeries: 'Series to import (row)',
    row: 'Row', mapping: 'Use of column ‘{{column}}’', rowCount: '{{count}} data rows (header row {{header}})', needName: 'Map one column to the center name.', keepMissing: 'Keep centers that are not in the file',
    noTable: 'No table on this sheet ({{reason}}). Try another header row or sheet.', cancel: 'Cancel', showChanges: 'Show changes', back: 'Back', apply: 'Apply',
    added: '{{count}} added', changed: '{{count}} changed', removed: '{{count}} removed', unchanged: '{{count}} unchanged', noChanges: 'No values change.',
    current: 'Current ({{unit}})', imported: 'Imported ({{unit}})', newYear: '(new year)', loading: 'Reading the file…',
    appliedSeries: 'Imported {{count}} years from {{file}}.', appliedCenters: 'Imported {{count}} centers from {{file}}.',
    source: 'Source: {{file}} · {{sheet}} · {{cell}}', sourceUnit: ' ({{unit}} × {{factor}})',
    use: { name: 'Center name', institution: 'Institution', region: 'Region', field: 'Field', established: 'Established', equipment: 'Equipment', extra: 'Keep as extra column', ignore: 'Do not import' },
  },
  centers: {
    title: 'Research infrastructure centers', illustrative: 'Illustrative data — not an official center list', name: 'Center', institution: 'Operating institution',
    region: 'Region', field: 'Field', established: 'Established', equipment: 'Equipment', add: 'Add center', remove: 'Delete selected', search: 'Search…',
    countLabel: 'centers', institutionsLabel: 'institutions', byRegion: 'By region', shown: '{{shown}} shown', empty: 'No centers yet. Use “Add center” to start.',
  },
  notice: {
    saved: 'Saved to {{name}}.', exported: 'Exported to {{name}}.', opened: 'Opened {{name}}.', notNumber: 'Not a number: “{{text}}”',
    notYear: 'A year must be a whole number from 1900 to 2200: “{{text}}”', negative: 'Negative numbers are not allowed: “{{text}}”', close: 'Close', discard: 'Discard them and continue?',
  },
  errors: {
    'file.notFound': 'File not found.', 'file.unreadable': 'The file could not be read.', 'file.tooLarge': 'The file is too large to open as a project.',
    'file.empty': 'The file is empty.', 'file.notWritable': 'The file could not be written. Check that the folder exists and that you may write to it.',
    'file.locked': 'The file is locked or read-only. Close it in Excel or save under another name.',
    'project.notJson': 'Not an Analyst Workbook project (not JSON, or damaged).', 'project.notWorkbook': 'Not an Analyst Workbook project file.',
    'project.newerVersion': 'This file was saved by a newer Analyst Workbook. Please update the app.',
    'project.invalid': 'The project file is damaged or has invalid values.', 'request.invalid': 'Invalid request.',
    'import.xls': 'This is an old binary Excel file (.xls, Excel 97–2003). Save it as .xlsx in Excel or Hancom Cell and import again.',
    'import.encrypted': 'This spreadsheet is password-protected. Remove the password in Excel (File > Info > Protect Workbook) and import again.',
    'import.hwp': 'This is a Hancom document (.hwp/.hwpx), not a spreadsheet. Copy the table into Excel or Hancom Cell, save as .xlsx and import again.',
    'import.corrupt': 'The spreadsheet is damaged or incomplete (it may not have finished downloading).',
    'import.unsupported': 'Analyst Workbook cannot read this kind of file. Use .xlsx, .xlsm, .csv, .tsv or .txt.',
    'import.noTable': 'No table was found in the file.',
    'import.cancelled': 'The import was cancelled.',
    internal: 'An unexpected error occurred.',
    noBridge: 'The app bridge (window.workbook) is missing. Run inside Electron.',
  },
};
