// Sheet names are part of the pack's contract: people and scripts find the sheets by them.
export const SHEET_NAMES = {
  summary: 'Summary',
  comparison: 'Comparison',
  actuals: 'Actuals',
  analysis: 'Analysis',
  benchmarks: 'Benchmarks',
  plan: 'Quarterly Plan',
  hiring: 'Hiring',
  tools: 'Tools',
  maturity: 'Maturity',
  capabilityPlan: 'Capability Plan',
  capabilityMap: 'Capability Map',
  risks: 'Risks',
  assumptions: 'Assumptions'
} as const

/** In workbook order, the board's story first: Comparison only when several scenarios are
 * exported, Actuals only when a scenario carries recorded quarters. */
export function sheetOrder(scenarioCount: number, hasActuals = false): string[] {
  return Object.values(SHEET_NAMES).filter((name) =>
    (name !== SHEET_NAMES.comparison || scenarioCount > 1) && (name !== SHEET_NAMES.actuals || hasActuals))
}
