/** Distinct colours for scenarios (colour-blind-friendly order), shared by tabs, chart and tables. */
const PALETTE = ['#ea580c', '#7c3aed', '#059669', '#db2777', '#0891b2', '#ca8a04', '#4b5563', '#dc2626', '#2563eb', '#65a30d'];

/** Colour of the i-th scenario. */
export const scenarioColor = (index: number): string => PALETTE[index % PALETTE.length]!;
