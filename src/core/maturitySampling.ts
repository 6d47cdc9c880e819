// When maturity phases are reached and deadlines met, in one sample of hiring dates (docs/model.md).
// A capability that needs a role is in place once its own quarter has come and the first line of
// each role it needs has started, so a hire that slips moves it, and with it the phase dates and
// deadlines it counts towards. Everything else about a capability is fixed for the whole
// simulation and worked out once.
//
// The achieved phase is the highest phase p such that every phase from Foundation to p has at
// least 80% of its catalog capabilities in place. Capabilities never leave, so phase f is at 80%
// from the quarter its k-th capability lands (k = the fewest that make 80%), and the achieved phase
// first reaches p at the latest of those quarters over Foundation…p.
import { earliestLineStarts, inPlaceQuarter } from './capabilityTiming'
import { CAPABILITY_BY_ID, PHASE_IDS, type ThresholdPhaseId } from './catalog'
import { ACHIEVED_SCORE, CAPABILITIES_PER_PHASE } from './maturity'
import { NEED_PATTERN, type ScenarioDoc } from './scenario'

/** The phases a plan can reach, in order (Ad Hoc is where every plan starts). */
export const REACHABLE_PHASES = PHASE_IDS.slice(1) as ThresholdPhaseId[]

interface VariableCapability {
  /** Its quarter, and the start of every tool it needs: what no hiring date can change. */
  fixedFrom: number
  /** Slots in the hire sample's roleStarts of the roles it needs. */
  roleSlots: number[]
}

interface PhaseSetup {
  /** Capabilities of the phase that must be in place for 80%; 0 for a phase with none. */
  needed: number
  /** In-place quarters (within the plan) of its capabilities that no hiring date moves, ascending. */
  fixedQuarters: number[]
  /** Its capabilities that wait for a role, as indexes into `variables`. */
  variables: number[]
}

interface DeadlineSetup {
  quarter: number
  /** False when a listed capability is missing whatever the hiring dates: never met. */
  possible: boolean
  /** Listed capabilities that wait for a role, as indexes into `variables`. */
  variables: number[]
}

/** One sample's maturity: the quarter each reachable phase is first reached, and each deadline. */
interface MaturitySample {
  /** Per REACHABLE_PHASES entry: the quarter it is first reached, or the horizon when never. */
  reached: Int32Array
  /** Per deadline of the plan: 1 when met. */
  met: Uint8Array
}

/** The most answers a simulation keeps: about 2 MB at most (some 500 bytes an answer, in V8). */
const MEMO_LIMIT = 4096

export class MaturitySampler {
  /** The roles whose first start a capability waits for: the hire sample tracks these. */
  readonly trackedRoles: string[]
  /** The answer for the samples last evaluated (shared with earlier samples that had the same starts: read only). */
  sample: MaturitySample
  /** Where a sample is evaluated when the memo is full or cannot be keyed. */
  private readonly unkept: MaturitySample
  private readonly horizon: number
  private readonly variables: VariableCapability[] = []
  private readonly variableQuarters: Float64Array
  private readonly phases: PhaseSetup[]
  private readonly deadlines: DeadlineSetup[]
  private readonly scratch: Float64Array
  /**
   * Samples already evaluated, by their roles' first starts written as one number (base: the
   * horizon + 1), when that number stays exact. Those starts take few values between them, so
   * over thousands of samples the same few answers come back; kept up to MEMO_LIMIT of them.
   */
  private readonly memo = new Map<number, MaturitySample>()
  private readonly memoBase: number

  /**
   * With `startsVary` false every capability is fixed, each in place when the plan says (after
   * its needs), and one `evaluate` gives the plan's own phase dates and deadlines.
   */
  constructor(doc: ScenarioDoc, startsVary: boolean) {
    const n = doc.quarters
    this.horizon = n
    const starts = earliestLineStarts(doc)
    const roleSlots = new Map<string, number>()
    const fixedQuarter = new Map<string, number | null>()
    const variableIndex = new Map<string, number>()
    for (const capability of doc.capabilities ?? []) {
      const roles = (capability.needs ?? []).flatMap((need) => {
        const [, kind, id] = NEED_PATTERN.exec(need) as RegExpExecArray
        return kind === 'role' ? [id] : []
      })
      if (!startsVary || roles.length === 0) {
        fixedQuarter.set(capability.id, inPlaceQuarter(capability, (need) => starts.get(need), n))
        continue
      }
      const toolsOnly = { ...capability, needs: (capability.needs ?? []).filter((need) => need.startsWith('tool:')) }
      variableIndex.set(capability.id, this.variables.length)
      this.variables.push({
        fixedFrom: inPlaceQuarter(toolsOnly, (need) => starts.get(need), n) ?? n,
        roleSlots: roles.map((role) => {
          if (!roleSlots.has(role)) roleSlots.set(role, roleSlots.size)
          return roleSlots.get(role) as number
        })
      })
    }
    this.trackedRoles = [...roleSlots.keys()]
    this.memoBase = (n + 1) ** this.trackedRoles.length <= Number.MAX_SAFE_INTEGER ? n + 1 : 0
    this.variableQuarters = new Float64Array(this.variables.length)
    this.scratch = new Float64Array(this.variables.length)

    this.phases = REACHABLE_PHASES.map((phase) => {
      const total = CAPABILITIES_PER_PHASE[phase]
      let needed = 0
      while (total > 0 && needed / total < ACHIEVED_SCORE) needed++
      const fixedQuarters: number[] = []
      const variables: number[] = []
      for (const capability of doc.capabilities ?? []) {
        if (CAPABILITY_BY_ID.get(capability.id)?.phase !== phase) continue
        const variable = variableIndex.get(capability.id)
        if (variable !== undefined) variables.push(variable)
        else {
          const quarter = fixedQuarter.get(capability.id)
          if (quarter !== null && quarter !== undefined) fixedQuarters.push(quarter)
        }
      }
      return { needed, fixedQuarters: fixedQuarters.sort((a, b) => a - b), variables }
    })

    this.deadlines = (doc.deadlines ?? []).map((deadline) => {
      let possible = true
      const variables: number[] = []
      for (const id of deadline.capabilities) {
        const variable = variableIndex.get(id)
        if (variable !== undefined) variables.push(variable)
        else {
          const quarter = fixedQuarter.get(id)
          if (quarter === null || quarter === undefined || quarter > deadline.quarter) possible = false
        }
      }
      return { quarter: deadline.quarter, possible, variables }
    })
    this.unkept = this.newSample()
    this.sample = this.unkept
  }

  /** True when some capability waits for a role whose start is drawn. */
  get varies(): boolean {
    return this.variables.length > 0
  }

  /**
   * Fills `this.sample` for the roles' first starts of one sample (Infinity: never starts), or
   * points it at the answer an earlier sample with the same starts was given.
   */
  evaluate(roleStarts: Float64Array): void {
    if (this.memoBase === 0) {
      this.evaluateInto(this.unkept, roleStarts)
      return
    }
    let key = 0
    for (let r = 0; r < roleStarts.length; r++) key = key * this.memoBase + Math.min(roleStarts[r], this.horizon)
    const known = this.memo.get(key)
    if (known) {
      this.sample = known
      return
    }
    const keep = this.memo.size < MEMO_LIMIT
    this.sample = keep ? this.newSample() : this.unkept
    this.evaluateInto(this.sample, roleStarts)
    if (keep) this.memo.set(key, this.sample)
  }

  private newSample(): MaturitySample {
    return { reached: new Int32Array(this.phases.length), met: new Uint8Array(this.deadlines.length) }
  }

  private evaluateInto(sample: MaturitySample, roleStarts: Float64Array): void {
    for (let v = 0; v < this.variables.length; v++) {
      const { fixedFrom, roleSlots } = this.variables[v]
      let quarter = fixedFrom
      for (const slot of roleSlots) if (roleStarts[slot] > quarter) quarter = roleStarts[slot]
      this.variableQuarters[v] = quarter
    }
    let reachedBy = 0
    for (let p = 0; p < this.phases.length; p++) {
      const atEighty = this.phaseAtEighty(this.phases[p])
      if (atEighty > reachedBy) reachedBy = atEighty
      sample.reached[p] = Math.min(reachedBy, this.horizon)
    }
    for (let d = 0; d < this.deadlines.length; d++) {
      const { quarter, possible, variables } = this.deadlines[d]
      let met = possible
      for (let i = 0; met && i < variables.length; i++) met = this.variableQuarters[variables[i]] <= quarter
      sample.met[d] = met ? 1 : 0
    }
  }

  /** The quarter a phase's k-th capability lands (k = `needed`), or Infinity when it never does. */
  private phaseAtEighty({ needed, fixedQuarters, variables }: PhaseSetup): number {
    if (needed === 0) return 0
    // Merge the fixed quarters (sorted once) with this sample's few variable ones, sorted here.
    const moving = this.scratch
    let count = 0
    for (const v of variables) {
      const quarter = this.variableQuarters[v]
      if (quarter >= this.horizon) continue
      let i = count++
      while (i > 0 && moving[i - 1] > quarter) {
        moving[i] = moving[i - 1]
        i--
      }
      moving[i] = quarter
    }
    if (fixedQuarters.length + count < needed) return Infinity
    let f = 0
    let m = 0
    let quarter = 0
    for (let taken = 0; taken < needed; taken++) {
      quarter = m < count && (f >= fixedQuarters.length || moving[m] < fixedQuarters[f]) ? moving[m++] : fixedQuarters[f++]
    }
    return quarter
  }
}
