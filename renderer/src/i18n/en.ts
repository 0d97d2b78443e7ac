/** English UI texts. */
import type { Texts } from './ko';

export const en: Texts = {
  app: { name: 'Analyst Workbook', untitled: 'Untitled', sample: 'Sample workbook', loading: 'Opening workbook…' },
  toolbar: {
    new: 'Open sample', open: 'Open', save: 'Save', saveAs: 'Save As', export: 'Export briefing',
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
    endValue: '{{year}} projected', fromBase: '{{change}} on {{value}} in {{year}}',
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
    'project.invalid': 'The project file is damaged or has invalid values.', 'request.invalid': 'Invalid request.', internal: 'An unexpected error occurred.',
    noBridge: 'The app bridge (window.workbook) is missing. Run inside Electron.',
  },
};
