/** CSS colour of the i-th scenario, for tabs, chart and tables (palette shared with the briefing). */
import { scenarioHex } from '../../../core/scenario-palette';

/** Colour of the i-th scenario. */
export const scenarioColor = (index: number): string => `#${scenarioHex(index)}`;
