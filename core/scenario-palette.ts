/** Distinct scenario colours (colour-blind-friendly order), shared by the app and the briefing's chart. */
const PALETTE = ['EA580C', '7C3AED', '059669', 'DB2777', '0891B2', 'CA8A04', '4B5563', 'DC2626', '2563EB', '65A30D'];

/** RRGGBB of the i-th scenario. */
export const scenarioHex = (index: number): string => PALETTE[index % PALETTE.length]!;
