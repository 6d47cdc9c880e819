// Whether a plan line still uses the catalog's own figure: then it carries the catalog's provenance
// (a placeholder stays illustrative); changed, it is the scenario's input. Assumptions, Hiring, Tools
// and the provenance lines under tables and on slides all ask this one question.
import { ROLE_BY_ID, TOOL_BY_ID, type Hire, type Role, type Tool, type ToolLine } from '../../core'

/** The catalog role whose pay the hire uses unchanged, or undefined. */
export function catalogPayOf(hire: Pick<Hire, 'role' | 'annualCost'>): Role | undefined {
  const role = ROLE_BY_ID.get(hire.role)
  return role?.annualCost === hire.annualCost ? role : undefined
}

/** The catalog tool whose price range the line uses unchanged, or undefined. */
export function catalogRangeOf(line: Pick<ToolLine, 'tool' | 'low' | 'high'>): Tool | undefined {
  const tool = TOOL_BY_ID.get(line.tool)
  return tool !== undefined && tool.low === line.low && tool.high === line.high ? tool : undefined
}
