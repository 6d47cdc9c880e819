// The bridge from the base scenario's total spend to a what-if's: how much of the difference comes
// from people (timing: more or fewer person-years in post; pay: a different cost per
// person-year), recruiting fees, tools and programs. The parts add up to the difference.
// The board pack and the app's Compare view both read it, so their numbers agree.
import type { Projection, QuarterResult } from './projection'

export interface Bridge {
  scenario: string
  baseTotal: number
  total: number
  /** Total minus the base's total. */
  difference: number
  /** Person-years in post over the horizon changed, priced at the base's cost per person-year. */
  peopleTiming: number
  /** Cost per person-year changed, over the what-if's person-years. */
  peoplePay: number
  fees: number
  tools: number
  programs: number
  personYears: { base: number; scenario: number }
}

/** The parts of a projection the bridge reads. */
export interface BridgeInput extends Pick<Projection, 'name' | 'currency'> {
  quarters: readonly Pick<QuarterResult, 'people' | 'recruitingFees' | 'tools' | 'programs' | 'total' | 'securityFte'>[]
}

interface Totals {
  /** People cost without recruiting fees. */
  pay: number
  fees: number
  tools: number
  programs: number
  total: number
  personYears: number
}

function totalsOf(projection: BridgeInput): Totals {
  const quarters = projection.quarters
  const sum = (pick: (q: (typeof quarters)[number]) => number) => quarters.reduce((s, q) => s + pick(q), 0)
  const fees = sum((q) => q.recruitingFees)
  return {
    pay: sum((q) => q.people) - fees,
    fees,
    tools: sum((q) => q.tools),
    programs: sum((q) => q.programs),
    total: sum((q) => q.total),
    personYears: sum((q) => q.securityFte) / 4
  }
}

/** Null when the two are in different currencies: no exchange rate is assumed. */
export function bridgeOf(base: BridgeInput, scenario: BridgeInput): Bridge | null {
  if (base.currency !== scenario.currency) return null
  const a = totalsOf(base)
  const b = totalsOf(scenario)
  // Cost per person-year; with no one in post on one side, the other side's rate prices the
  // change, so the whole people difference is timing.
  const baseRate = a.personYears > 0 ? a.pay / a.personYears : b.personYears > 0 ? b.pay / b.personYears : 0
  const rate = b.personYears > 0 ? b.pay / b.personYears : baseRate
  return {
    scenario: scenario.name,
    baseTotal: a.total,
    total: b.total,
    difference: b.total - a.total,
    peopleTiming: (b.personYears - a.personYears) * baseRate,
    peoplePay: (rate - baseRate) * b.personYears,
    fees: b.fees - a.fees,
    tools: b.tools - a.tools,
    programs: b.programs - a.programs,
    personYears: { base: a.personYears, scenario: b.personYears }
  }
}

/** Every scenario's bridge from the first (none for the first itself). */
export function bridgesFromFirst(projections: readonly BridgeInput[]): (Bridge | null)[] {
  return projections.map((p, i) => (i === 0 ? null : bridgeOf(projections[0], p)))
}
