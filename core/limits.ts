/**
 * Every limit of a workbook in one place: the project-file schema enforces them on load and save,
 * and the edit checks enforce the same numbers on every user edit, so every state the UI can reach
 * can be saved and reopened.
 */
export const LIMITS = {
  title: 300,
  programme: 300,
  source: 2000,
  unit: 20,
  seriesName: 200,
  seriesNote: 2000,
  series: 1000,
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
} as const;

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
