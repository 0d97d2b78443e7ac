/** Domain types shared by the main process, the renderer and the CLI. */

/** A range of actual years a method reads (inclusive). null means the whole history. */
export interface YearWindow {
  from: number;
  to: number;
}

/** How a scenario projects its series. */
export type ProjectionMethod =
  | { kind: 'growth'; rate: number | null }
  | { kind: 'cagr'; window: YearWindow | null }
  | { kind: 'average'; window: YearWindow | null }
  | { kind: 'linear'; window: YearWindow | null }
  | { kind: 'custom'; rates: number[] };

/** Language codes the UI and exports support. */
export type Lang = 'ko' | 'en';

/** Where an imported value came from: file, sheet, cell and the unit conversion applied. */
export interface Provenance {
  file: string;
  sheet: string;
  /** Cell address (A1) for a value, or row range for a record. */
  cell: string;
  /** The unit in the file and the factor that converted it (1 when none). */
  unit: string | null;
  factor: number;
  /** The period the figure covers when it is not the whole year ("2011.10월 누계 기준/잠정"). */
  period?: string;
}

/** One year of a numeric series (value in the series' unit; null = not yet entered). */
export interface SeriesPoint {
  year: number;
  value: number | null;
  note: string;
  source?: Provenance;
}

/** A yearly numeric series such as a programme budget: one row of the workbook's series table. */
export interface Series {
  id: string;
  name: string;
  unit: string;
  /** The group this series belongs to (a parent row sums its children), or null at the top level. */
  parentId: string | null;
  /** 비고 of the row: where the series comes from, what it covers. */
  note: string;
  /** The scenario this series' other scenarios are compared against (null: its first scenario). */
  baselineScenarioId: string | null;
  points: SeriesPoint[];
  /**
   * A derived series' formula over other series by name (`=[신규과제] / [예산 총액] * 100`). Its points are
   * then computed (core/formula/derived-series.ts), never typed; absent for a series of values.
   */
  formula?: string;
  /**
   * The budget stage these figures are (정부안, 국회확정) when the series came from a budget book: each
   * stage is its own tree of groups, so group sums never mix stages. Absent: a series of no stage.
   */
  stage?: string;
}

/**
 * A confirmed pairing of a budget-book path with its later name or place (a renamed 세부사업, a 소관 that
 * became another ministry, an item moved under another 단위사업): paths starting with `from` read as `to`.
 */
export interface PathPairing {
  from: string[];
  to: string[];
}

/** Center fields editable in the grid. */
export type CenterField = 'name' | 'institution' | 'region' | 'field' | 'established' | 'equipment';

/** One research-infrastructure center (연구기반센터). */
export interface Center {
  id: string;
  name: string;
  institution: string;
  region: string;
  field: string;
  established: number | null;
  equipment: number | null;
  /** Columns of an imported list that match no field, kept by their header. */
  extra?: Record<string, string | number | null>;
  source?: Provenance;
}

/** The center list plus whether its rows are illustrative rather than official. */
export interface CenterList {
  illustrative: boolean;
  rows: Center[];
}

/** A named what-if: a projection method with its parameters and horizon, on one series. */
export interface Scenario {
  id: string;
  name: string;
  seriesId: string;
  method: ProjectionMethod;
  horizon: number;
  /** Optional derived share of the projection (e.g. AI ≈ 40% of new money). */
  split: { label: string; share: number } | null;
  /**
   * 'series' projects the series itself; 'children' (for a group) projects each child with this
   * method on its own history and shows their total; 'inputs' (for a derived series) computes its
   * formula over its inputs' projections — each input's scenario of the same name, else its baseline.
   */
  scope: 'series' | 'children' | 'inputs';
  /**
   * With scope 'inputs': the inputs' scenario the formula reads (by name; each input's baseline where it
   * has none of that name). Absent: the scenario of this one's own name, else the baselines.
   */
  inputs?: string;
}

/** The content of a workbook: everything but its saved versions. */
export interface WorkbookContent {
  title: string;
  programme: string;
  source: string;
  /** Unit new series get (억원 unless the analyst chooses another). */
  defaultUnit: string;
  series: Series[];
  centers: CenterList;
  scenarios: Scenario[];
  /** Series drawn in the chart (with their scenarios); empty: the selected series. */
  chart: { seriesIds: string[] };
  /** Pairings the analyst confirmed while importing budget books (remembered for the next import). */
  pairings?: PathPairing[];
  /** The budget stage the series table, the chart and the briefing show (absent: the first stage). */
  stageShown?: string;
}

/** A labelled snapshot kept inside the project file ("제출본 11/20"). */
export interface WorkbookVersion {
  id: string;
  label: string;
  /** ISO 8601 time the version was taken. */
  createdAt: string;
  snapshot: WorkbookContent;
}

/** A workbook project: what the app edits and what a project file stores. */
export interface Workbook extends WorkbookContent {
  /** Named versions, oldest first. */
  versions: WorkbookVersion[];
}
