// Sheet names are part of the pack's contract: people and scripts find the sheets by them.
export const SHEET_NAMES = {
  summary: 'Summary',
  plan: 'Quarterly Plan',
  hiring: 'Hiring',
  tools: 'Tools',
  maturity: 'Maturity',
  capabilityMap: 'Capability Map',
  risks: 'Risks',
  assumptions: 'Assumptions',
  comparison: 'Comparison'
} as const

/** In workbook order; Comparison only when several scenarios are exported. */
export function sheetOrder(scenarioCount: number): string[] {
  const names: string[] = Object.values(SHEET_NAMES)
  return scenarioCount > 1 ? names : names.filter((name) => name !== SHEET_NAMES.comparison)
}
