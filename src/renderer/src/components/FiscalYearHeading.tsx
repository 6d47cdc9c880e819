// A fiscal year at the head of a table's column: fiscalYearDisplay's words, able to break between
// the year and its coverage ("FY2027" over "(1 of 4 quarters)") but nowhere else, so a partial
// year's column is no wider than its coverage in a narrow window.
import { fiscalYearCoverage, type FiscalYearNaming } from '../../../core/format'

export function FiscalYearHeading({ year }: { year: FiscalYearNaming }): React.JSX.Element {
  const coverage = fiscalYearCoverage(year)
  return <>{year.label}{coverage !== null && <> <span className="nowrap">{coverage}</span></>}</>
}
