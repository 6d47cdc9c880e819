import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { formatMoneyCompact, signedMoney } from '../../../core/format'
import { phaseName } from '../../../core/catalog'
import { projectScenario } from '../../../core/projection'
import { sensitivity } from '../../../core/sensitivity'
import { chartTable } from './chartTable'
import { headcountConfig, maturityConfig, spendConfig, tornadoConfig } from './configs'

const projection = projectScenario(DEFAULT_SCENARIO)
const money = (v: number) => formatMoneyCompact(v, projection.currency)

describe('a chart as a table', () => {
  it('writes the spend chart\'s series per quarter as its money axis does', () => {
    const table = chartTable(spendConfig(projection, null))
    expect(table.columns).toEqual(['Quarter', 'Budget envelope', 'People', 'Tools', 'Programs'])
    expect(table.rows).toHaveLength(projection.quarters.length)
    const q = projection.quarters[3]
    expect(table.rows[3]).toEqual({ label: q.label, cells: [money(q.budget), money(q.people), money(q.tools), money(q.programs)] })
  })

  it('names phases on the maturity chart and counts people on the headcount chart', () => {
    const last = projection.quarters.at(-1)!
    expect(chartTable(maturityConfig(projection)).rows.at(-1)).toEqual({ label: last.label, cells: [phaseName(last.orgPhase), phaseName(last.maturityPhase)] })
    expect(chartTable(headcountConfig(projection)).rows.at(-1)).toEqual({
      label: last.label, cells: [last.headcount.toLocaleString('en-US'), String(last.securityFte)]
    })
  })

  it('reads the tornado\'s floating bars as the change they draw, one row per driver', () => {
    const result = sensitivity(DEFAULT_SCENARIO)
    const table = chartTable(tornadoConfig(result, 'USD'), 'Driver')
    const driver = result.drivers[0]
    expect(table.columns).toEqual(['Driver', 'Low setting (first value)', 'High setting (second value)'])
    // The bars are each setting's change in headroom (budget − total).
    expect(table.rows[0].cells).toEqual([signedMoney(driver.lowHeadroomChange, 'USD'), signedMoney(driver.highHeadroomChange, 'USD')])
    expect(table.rows[0].label.startsWith(driver.label)).toBe(true)
  })
})
