/**
 * Every limit of a workbook in one place: the project-file schema enforces them on load and save,
 * and the edit checks enforce the same numbers on every user edit, so every state the UI can reach
 * can be saved and reopened.
 */
export const LIMITS = {
  /** A derived series' formula: characters, and nesting (parentheses, operators, calls). */
  formulaChars: 400,
  formulaDepth: 40,
  title: 300,
  programme: 300,
  source: 2000,
  unit: 20,
  seriesName: 200,
  seriesNote: 2000,
  /** A ministry's budget book is ~600 세부사업 × 2 stages with their groups; the whole government's, tens of thousands. */
  series: 50_000,
  stageName: 50,
  pairings: 5000,
  pathDepth: 12,
  pointsPerSeries: 300,
  note: 2000,
  yearMin: 1900,
  yearMax: 2200,
  centers: 1_000_000,
  centerName: 500,
  institution: 500,
  region: 100,
  field: 200,
  equipmentMax: 1_000_000,
  extraKey: 200,
  extraValue: 2000,
  extraColumns: 200,
  scenarios: 100,
  scenarioName: 200,
  splitLabel: 200,
  customRates: 200,
  /** Rates are fractions: above −100% and below +10,000%. */
  rateMin: -1,
  rateMax: 100,
  versions: 20,
  versionLabel: 200,
  id: 100,
  /** Largest magnitude of a stored value: projections of larger numbers overflow to Infinity. */
  valueMax: 1e18,
  /** Last year a scenario projects to (the schema and the edit checks alike). */
  horizonMax: 2100,
  /** Years a sensitivity table spans at most. */
  sensitivityYears: 30,
} as const;

/** Sizes of files the app reads and writes. */
export const FILE_LIMITS = {
  /** Largest project file: opened and saved alike, so the app never writes a file it cannot open. */
  projectBytes: 500 * 1024 * 1024,
  /** Project text up to this size is pretty-printed (readable diffs); larger files are written compact. */
  prettyPrintChars: 2 * 1024 * 1024,
  /** Largest file the importer opens. */
  importBytes: 512 * 1024 * 1024,
  /** Largest chart picture the briefing embeds (decoded PNG). */
  chartPngBytes: 8 * 1024 * 1024,
  /** Recent files remembered. */
  recentFiles: 10,
} as const;

/** Excel's own sheet limits: no sheet a user sends can be larger, so nothing the importer takes is. */
export const SHEET_LIMITS: { readonly rows: number; readonly columns: number } = { rows: 1_048_576, columns: 16_384 };

const MiB = 1024 * 1024;

/** Caps that keep a crafted or damaged file from exhausting a reader's memory or time, per reader. */
export const READER_LIMITS = {
  xlsx: {
    rows: SHEET_LIMITS.rows,
    cols: SHEET_LIMITS.columns,
    cells: 30_000_000,
    sheets: 1000,
    /** Characters the shared strings may hold in all. */
    stringChars: 400_000_000,
    /** Bytes styles.xml may inflate to (it is only read for date formats; past this, dates stay numbers). */
    stylesBytes: 32 * MiB,
    /** Empty columns that separate the table from stray cells far to the right. */
    columnGap: 256,
  },
  /** .xls/.xlsb/.ods through SheetJS, in a worker (the binary formats hold far less than xlsx per byte). */
  legacy: { bytes: 200 * MiB, rows: SHEET_LIMITS.rows, cells: 30_000_000, timeMs: 120_000, memoryMb: 4096 },
  /** HWP/HWPX documents, in a worker. */
  document: { bytes: 200 * MiB, timeMs: 60_000, memoryMb: 2048 },
  /** Inside an HWP or HWPX document: the size a stream may inflate to, records per section, cells per table, nesting. */
  hwp: { streamBytes: 256 * MiB, records: 5_000_000, cells: 200_000, depth: 12 },
  /** Delimited text: a spreadsheet's columns; a line longer than this is not a table row. */
  text: { fields: SHEET_LIMITS.columns, lineChars: 4_000_000 },
  /** A small zip part (workbook.xml, rels, content types) read whole. */
  zipPartBytes: 8 * MiB,
  /** The longest stretch of XML without a complete tag (a cell's text, a tag) before the part is called damaged. */
  xmlPendingBytes: 64 * MiB,
};

/** Lengths of short texts that cross IPC besides the workbook (titles for dialogs, tokens, names). */
export const TEXT_LIMITS = { title: 500, author: 200, sheetName: 300, token: 100, path: 4096 } as const;

/** The largest data URL of a chart picture: base64 of chartPngBytes and its prefix. */
export const CHART_DATA_URL_CHARS = Math.ceil(FILE_LIMITS.chartPngBytes / 3) * 4 + 'data:image/png;base64,'.length;

/** Rows of an imported table the preview sends at first (more come as it scrolls). */
export const IMPORT_PREVIEW_ROWS = 1000;

/** Steps the undo history keeps. */
export const UNDO_STEPS = 200;

/** Text fields of a center with their maximum length. */
export const CENTER_TEXT_LIMITS = {
  name: LIMITS.centerName,
  institution: LIMITS.institution,
  region: LIMITS.region,
  field: LIMITS.field,
} as const;

/** Whether a year is one the workbook can hold. */
export const isStorableYear = (year: number): boolean => Number.isInteger(year) && year >= LIMITS.yearMin && year <= LIMITS.yearMax;

/** Whether a number can be stored as a value (finite and not absurdly large). */
export const isStorableValue = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= LIMITS.valueMax;
