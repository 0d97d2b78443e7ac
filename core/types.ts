/** Domain types shared by the main process, the renderer and the CLI. */

/** Language codes the UI and exports support. */
export type Lang = 'ko' | 'en';

/** One year of a numeric series (value in the series' unit; null = not yet entered). */
export interface SeriesPoint {
  year: number;
  value: number | null;
  note: string;
}

/** A yearly numeric series such as a programme budget. */
export interface Series {
  id: string;
  name: string;
  unit: string;
  points: SeriesPoint[];
}

/** One research-infrastructure center (연구기반센터). */
export interface Center {
  id: string;
  name: string;
  institution: string;
  region: string;
  field: string;
  established: number | null;
  equipment: number | null;
}

/** The center list plus whether its rows are illustrative rather than official. */
export interface CenterList {
  illustrative: boolean;
  rows: Center[];
}

/** What-if projection settings: repeat a growth rate up to a horizon year. */
export interface ProjectionSettings {
  seriesId: string;
  /** Growth rate as a fraction (0.115 = 11.5%); null follows the last year-on-year change. */
  rate: number | null;
  horizon: number;
}

/** A workbook project: what the app edits and what a project file stores. */
export interface Workbook {
  title: string;
  programme: string;
  source: string;
  series: Series[];
  centers: CenterList;
  projection: ProjectionSettings;
}
