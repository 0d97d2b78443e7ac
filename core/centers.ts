/** Pure operations on the center list: summaries, new rows, removal. */
import { nextPrefixedId } from './ids';
import type { Center } from './types';

/** Counts shown under the center grid. */
export interface CenterSummary {
  centers: number;
  institutions: number;
  /** Regions with their center counts, most centers first, then by name. */
  byRegion: { region: string; count: number }[];
}

/** Counts centers, distinct operating institutions and centers per region. */
export function summarizeCenters(rows: readonly Center[]): CenterSummary {
  const institutions = new Set<string>();
  const regions = new Map<string, number>();
  for (const r of rows) {
    const inst = r.institution.trim();
    if (inst) institutions.add(inst);
    const region = r.region.trim() || '—';
    regions.set(region, (regions.get(region) ?? 0) + 1);
  }
  const byRegion = [...regions]
    .map(([region, count]) => ({ region, count }))
    .sort((a, b) => b.count - a.count || a.region.localeCompare(b.region, 'ko'));
  return { centers: rows.length, institutions: institutions.size, byRegion };
}

/** Next free id of the form c<N>, so ids stay unique and readable in project files. */
export function nextCenterId(rows: readonly Center[]): string {
  return nextPrefixedId('c', rows);
}

/** A blank center row with a fresh id. */
export function newCenter(rows: readonly Center[]): Center {
  return { id: nextCenterId(rows), name: '', institution: '', region: '', field: '', established: null, equipment: null };
}
