// Format version 2: every new field validated with its JSON path and reason; version 1 documents
// read as version 2.
import { describe, expect, it } from 'vitest'
import { expectRefusedAt, minimalScenario } from '../../test/fixtures/scenarios'
import { formatValidationError, validateScenario } from './scenario'

type Json = Record<string, unknown>

/** A valid version 2 document using every version 2 field. */
function versionTwoDocument(): Json {
  return JSON.parse(JSON.stringify({
    ...minimalScenario({ quarters: 12 }),
    start: '2027-Q1',
    fiscalYearStart: 2,
    budget: { mode: 'glide', percent: { adhoc: 2, foundation: 3, growth: 4, optimization: 6, worldclass: 8 } },
    peopleCosts: { overheadPercent: 30, recruitingFeePercent: 20 },
    hires: [
      { role: 'security-engineer', count: 1, quarter: 0, annualCost: 200000, existing: true },
      { role: 'detection-engineer', count: 1, quarter: 3, annualCost: 190000 }
    ],
    tools: [{ tool: 'siem', quarter: 2, low: 50000, high: 200000 }],
    capabilities: [
      { id: 'siem', quarter: 2, needs: ['tool:siem', 'role:detection-engineer'] },
      { id: 'soc2-iso27001', quarter: 5 }
    ],
    deadlines: [{ name: 'SOC 2 Type II report', quarter: 6, capabilities: ['soc2-iso27001'], hard: true }],
    itBudget: [{ quarter: 0, value: 6000000 }],
    uncertainty: { salaryPercent: 10, revenuePercent: 25, hiringSlip: [0.5, 0.3, 0.2], attritionPercent: 12 }
  }))
}

/** The same plan with an approved budget: 2027-Q1 … 2029-Q4 with FY opening in Q2 is FY2027–FY2030. */
function amountsDocument(): Json {
  return {
    ...versionTwoDocument(),
    budget: { mode: 'amounts', amounts: [2027, 2028, 2029, 2030].map((fiscalYear) => ({ fiscalYear, amount: 3000000 })) }
  }
}

const malformed: [string, () => Json, (doc: Json) => void, string, string][] = [
  ['a fiscal year opening in quarter 5', versionTwoDocument, (d) => { d.fiscalYearStart = 5 }, 'fiscalYearStart', '5 must be at most 4'],
  ['a fiscal year start given as text', versionTwoDocument, (d) => { d.fiscalYearStart = '2' }, 'fiscalYearStart', 'expected a number, received "2"'],
  ['an unknown budget mode', versionTwoDocument, (d) => { (d.budget as Json).mode = 'ramp' }, 'budget.mode', '"ramp" is not one of "byPhase", "fixed", "glide", "amounts"'],
  ['amounts mode without amounts', versionTwoDocument, (d) => { d.budget = { mode: 'amounts' } }, 'budget.amounts', 'is required when budget.mode is "amounts"'],
  ['a fiscal year with no approved amount', amountsDocument, (d) => { ((d.budget as Json).amounts as Json[]).splice(2, 1) }, 'budget.amounts', 'no amount for FY2029'],
  ['an approved amount outside the plan', amountsDocument, (d) => { ((d.budget as Json).amounts as Json[]).push({ fiscalYear: 2035, amount: 1 }) }, 'budget.amounts[4].fiscalYear', 'FY2035 is outside the plan, which covers FY2027–FY2030'],
  ['a fiscal year approved twice', amountsDocument, (d) => { ((d.budget as Json).amounts as Json[]).push({ fiscalYear: 2028, amount: 1 }) }, 'budget.amounts[4].fiscalYear', 'FY2028 already has an amount at budget.amounts[1]'],
  ['a negative approved amount', amountsDocument, (d) => { (((d.budget as Json).amounts as Json[])[0]).amount = -1 }, 'budget.amounts[0].amount', 'at least 0'],
  ['a fractional fiscal year', amountsDocument, (d) => { (((d.budget as Json).amounts as Json[])[0]).fiscalYear = 2027.5 }, 'budget.amounts[0].fiscalYear', 'whole number'],
  ['an unknown field in an amount', amountsDocument, (d) => { (((d.budget as Json).amounts as Json[])[0]).currency = 'EUR' }, 'budget.amounts[0].currency', 'unknown field'],
  ['a percent beside approved amounts', amountsDocument, (d) => { (d.budget as Json).percent = { growth: 4 } }, 'budget.percent', 'cannot be combined with budget.amounts'],
  ['a fixed percent beside approved amounts', amountsDocument, (d) => { (d.budget as Json).fixedPercent = 4 }, 'budget.fixedPercent', 'cannot be combined with budget.amounts'],
  ['a minimum beside approved amounts', amountsDocument, (d) => { (d.budget as Json).minimumAnnual = 100 }, 'budget.minimumAnnual', 'cannot be combined with budget.amounts'],
  ['approved amounts in a percent mode', versionTwoDocument, (d) => { (d.budget as Json).amounts = [{ fiscalYear: 2027, amount: 1 }] }, 'budget.amounts', 'is only used when budget.mode is "amounts" (it is "glide")'],
  ['overhead above 200%', versionTwoDocument, (d) => { (d.peopleCosts as Json).overheadPercent = 250 }, 'peopleCosts.overheadPercent', '250 must be at most 200'],
  ['a negative overhead', versionTwoDocument, (d) => { (d.peopleCosts as Json).overheadPercent = -5 }, 'peopleCosts.overheadPercent', 'at least 0'],
  ['a recruiting fee above 100%', versionTwoDocument, (d) => { (d.peopleCosts as Json).recruitingFeePercent = 120 }, 'peopleCosts.recruitingFeePercent', '120 must be at most 100'],
  ['a percent written as text', versionTwoDocument, (d) => { (d.peopleCosts as Json).overheadPercent = '30%' }, 'peopleCosts.overheadPercent', 'expected a number, received "30%"'],
  ['an unknown people-cost field', versionTwoDocument, (d) => { (d.peopleCosts as Json).bonusPercent = 10 }, 'peopleCosts.bonusPercent', 'unknown field'],
  ['existing that is not true or false', versionTwoDocument, (d) => { (d.hires as Json[])[0].existing = 'yes' }, 'hires[0].existing', 'expected a boolean, received "yes"'],
  ['a need with no such tool line', versionTwoDocument, (d) => { (d.tools as Json[]).length = 0 }, 'capabilities[0].needs', 'no tool line for "siem"'],
  ['a need with no such hire line', versionTwoDocument, (d) => { (d.hires as Json[]).splice(1, 1) }, 'capabilities[0].needs', 'no hire line for "detection-engineer"'],
  ['a need for an unknown tool', versionTwoDocument, (d) => { ((d.capabilities as Json[])[0].needs as string[])[0] = 'tool:laser' }, 'capabilities[0].needs[0]', 'unknown tool "laser"'],
  ['a need for an unknown role', versionTwoDocument, (d) => { ((d.capabilities as Json[])[0].needs as string[])[1] = 'role:wizard' }, 'capabilities[0].needs[1]', 'unknown role "wizard"'],
  ['a need without its kind', versionTwoDocument, (d) => { ((d.capabilities as Json[])[0].needs as string[])[0] = 'siem' }, 'capabilities[0].needs[0]', '"siem" must be "tool:ID" or "role:ID"'],
  ['a need listed twice', versionTwoDocument, (d) => { ((d.capabilities as Json[])[0].needs as string[]).push('tool:siem') }, 'capabilities[0].needs[2]', '"tool:siem" is already listed at needs[0]'],
  ['needs that are not an array', versionTwoDocument, (d) => { (d.capabilities as Json[])[0].needs = 'tool:siem' }, 'capabilities[0].needs', 'expected an array, received "tool:siem"'],
  ['a deadline outside the horizon', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].quarter = 12 }, 'deadlines[0].quarter', '12 is outside the 12-quarter horizon'],
  ['a deadline without a name', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].name = ' ' }, 'deadlines[0].name', 'must not be empty'],
  ['a deadline name over 200 characters', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].name = 'x'.repeat(201) }, 'deadlines[0].name', 'longer than 200 characters'],
  ['two deadlines with one name', versionTwoDocument, (d) => { (d.deadlines as Json[]).push({ name: 'SOC 2 Type II report', quarter: 8, capabilities: ['siem'] }) }, 'deadlines[1].name', '"SOC 2 Type II report" is already used by deadlines[0]'],
  ['a deadline with no capabilities', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].capabilities = [] }, 'deadlines[0].capabilities', 'needs at least one capability'],
  ['a deadline with an unknown capability', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].capabilities = ['moat'] }, 'deadlines[0].capabilities[0]', 'unknown capability "moat"'],
  ['a deadline listing a capability twice', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].capabilities = ['siem', 'siem'] }, 'deadlines[0].capabilities[1]', '"siem" is already listed at capabilities[0]'],
  ['a hard flag that is not true or false', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].hard = 1 }, 'deadlines[0].hard', 'expected a boolean, received 1'],
  ['an unknown deadline field', versionTwoDocument, (d) => { (d.deadlines as Json[])[0].owner = 'CISO' }, 'deadlines[0].owner', 'unknown field'],
  ['an IT budget milestone outside the horizon', versionTwoDocument, (d) => { (d.itBudget as Json[])[0].quarter = 40 }, 'itBudget[0].quarter', '40 is outside the 12-quarter horizon'],
  ['an empty IT budget', versionTwoDocument, (d) => { d.itBudget = [] }, 'itBudget', 'at least one milestone'],
  ['a negative IT budget', versionTwoDocument, (d) => { (d.itBudget as Json[])[0].value = -1 }, 'itBudget[0].value', 'at least 0'],
  ['slip probabilities that do not sum to 1', versionTwoDocument, (d) => { (d.uncertainty as Json).hiringSlip = [0.5, 0.3] }, 'uncertainty.hiringSlip', 'the probabilities sum to 0.8, not 1'],
  ['a negative slip probability', versionTwoDocument, (d) => { (d.uncertainty as Json).hiringSlip = [1.2, -0.2] }, 'uncertainty.hiringSlip[0]', '1.2 must be at most 1'],
  ['more than nine slip probabilities', versionTwoDocument, (d) => { (d.uncertainty as Json).hiringSlip = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] }, 'uncertainty.hiringSlip', 'more than 9 items'],
  ['no slip probabilities', versionTwoDocument, (d) => { (d.uncertainty as Json).hiringSlip = [] }, 'uncertainty.hiringSlip', 'needs at least one probability'],
  ['a salary spread above 50%', versionTwoDocument, (d) => { (d.uncertainty as Json).salaryPercent = 60 }, 'uncertainty.salaryPercent', '60 must be at most 50'],
  ['a revenue spread above 90%', versionTwoDocument, (d) => { (d.uncertainty as Json).revenuePercent = 95 }, 'uncertainty.revenuePercent', '95 must be at most 90'],
  ['attrition above 60%', versionTwoDocument, (d) => { (d.uncertainty as Json).attritionPercent = 61 }, 'uncertainty.attritionPercent', '61 must be at most 60'],
  ['attrition written as text', versionTwoDocument, (d) => { (d.uncertainty as Json).attritionPercent = '12' }, 'uncertainty.attritionPercent', 'expected a number, received "12"'],
  ['an unknown uncertainty field', versionTwoDocument, (d) => { (d.uncertainty as Json).toolPercent = 5 }, 'uncertainty.toolPercent', 'unknown field'],
  ['a version 1 file with a fiscal year', () => ({ ...minimalScenario(), version: 1 }), (d) => { d.fiscalYearStart = 2 }, 'fiscalYearStart', 'needs "version": 2'],
  ['a version 1 file with a glide budget', () => ({ ...minimalScenario(), version: 1 }), (d) => { d.budget = { mode: 'glide' } }, 'budget.mode', 'needs "version": 2'],
  ['a version 1 file with an existing hire', () => ({ ...minimalScenario(), version: 1 }), (d) => { d.hires = [{ role: 'ciso', count: 1, quarter: 0, annualCost: 1, existing: true }] }, 'hires[0].existing', 'needs "version": 2'],
  ['version 0', versionTwoDocument, (d) => { d.version = 0 }, 'version', '0 is not one of 1, 2']
]

describe('scenario format version 2', () => {
  it('accepts a document with every version 2 field, and an approved-amounts budget', () => {
    expect(validateScenario(versionTwoDocument())).toEqual({ ok: true, scenario: versionTwoDocument() })
    expect(validateScenario(amountsDocument())).toMatchObject({ ok: true })
  })

  it('covers every fiscal year the horizon touches, partial ones included', () => {
    // 2027-Q1 … 2029-Q4 with the year opening in Q3: FY2027 (Q1–Q2), FY2028, FY2029, FY2030 (Q3–Q4).
    const doc = { ...amountsDocument(), fiscalYearStart: 3 }
    expect(validateScenario(doc).ok).toBe(true)
    const calendar = { ...amountsDocument(), fiscalYearStart: 1 }
    const result = validateScenario(calendar)
    expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
      'budget.amounts[3].fiscalYear: FY2030 is outside the plan, which covers FY2027–FY2029'
    ])
  })

  it.each(malformed)('rejects %s, naming the path and the reason', (_, make, breakIt, path, reason) => {
    const doc = make()
    breakIt(doc)
    expectRefusedAt(doc, path, reason)
  })

  it('gives the issue\'s example messages word for word', () => {
    const missingYear = amountsDocument()
    ;((missingYear.budget as Json).amounts as Json[]).splice(2, 1)
    const noLine = versionTwoDocument()
    ;(noLine.capabilities as Json[]).push({ id: 'edr', quarter: 1 }, { id: 'cspm', quarter: 1 },
      { id: 'soar', quarter: 4, needs: ['tool:siem', 'tool:soar'] })
    const slip = versionTwoDocument()
    ;(slip.uncertainty as Json).hiringSlip = [0.5, 0.2, 0.1]
    const messages = [missingYear, noLine, slip].map((doc) => {
      const result = validateScenario(doc)
      return result.ok ? [] : result.errors.map(formatValidationError)
    })
    expect(messages).toEqual([
      ['budget.amounts: no amount for FY2029'],
      ['capabilities[4].needs: no tool line for "soar"'],
      ['uncertainty.hiringSlip: the probabilities sum to 0.8, not 1']
    ])
  })

  it('accepts slip probabilities that sum to 1 within rounding', () => {
    const doc = versionTwoDocument()
    ;(doc.uncertainty as Json).hiringSlip = [0.1, 0.2, 0.7]
    expect(validateScenario(doc).ok).toBe(true)
  })
})

describe('reading version 1', () => {
  it('reads a version 1 document as version 2, unchanged otherwise, key order included', () => {
    const v1 = { ...minimalScenario({ hires: [{ role: 'ciso', count: 1, quarter: 0, annualCost: 400000 }] }), version: 1 }
    const result = validateScenario(v1)
    expect(result.ok && JSON.stringify(result.scenario)).toBe(JSON.stringify({ ...v1, version: 2 }))
  })
})
