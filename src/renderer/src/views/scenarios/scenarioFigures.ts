// The key figures the scenario list shows for each scenario: the quarters it covers, its
// currency and its total planned spend. Stored documents are fetched once per revision and kept,
// so the list stays quick with tens of scenarios; the open scenario uses its live analysis.
import { useEffect, useState } from 'react'
import type { ProjectionKpis } from '../../../../core/compare'
import { projectionKpis } from '../../../../core/compare'
import { projectScenario } from '../../../../core/projection'
import { quarterRangeLabel } from '../../../../core/quarters'
import type { ScenarioSummary } from '../../../../shared'
import { useRampart } from '../../ipc/RampartProvider'

export interface ScenarioFigures {
  /** "2027-Q1 – 2031-Q4" */
  period: string
  quarters: number
  currency: string
  totalSpend: number
}

/** The figures of a projection's KPIs. */
export function figuresOf(kpis: ProjectionKpis): ScenarioFigures {
  return {
    period: quarterRangeLabel(kpis.start, 0, kpis.quarters - 1),
    quarters: kpis.quarters,
    currency: kpis.currency,
    totalSpend: kpis.totalSpend
  }
}

/**
 * Figures of stored revisions; a saved revision never changes, so neither do they. The save time is
 * part of the key because restoring a backup can bring back the same id and revision number with
 * other contents.
 */
const cache = new Map<string, ScenarioFigures | null>()
const keyOf = (s: ScenarioSummary) => `${s.id}:${s.revision}:${s.updatedAt}`

/**
 * Figures per scenario id; missing while loading, null when the document could not be read. The
 * scenario `skipId` (the open one, whose figures come from its live analysis) is not fetched.
 */
export function useScenarioFigures(scenarios: readonly ScenarioSummary[], skipId: number | null): ReadonlyMap<number, ScenarioFigures | null> {
  const { scenarioGet } = useRampart()
  const [, setLoaded] = useState(0)
  useEffect(() => {
    let current = true
    const missing = scenarios.filter((s) => s.id !== skipId && !cache.has(keyOf(s)))
    if (missing.length === 0) return
    void Promise.all(missing.map(async (summary) => {
      const result = await scenarioGet(summary.id)
      let figures: ScenarioFigures | null = null
      if (result.ok) {
        try {
          figures = figuresOf(projectionKpis(projectScenario(result.value.document)))
        } catch {
          figures = null
        }
      }
      cache.set(keyOf(summary), figures)
    })).then(() => {
      if (current) setLoaded((n) => n + 1)
    })
    return () => {
      current = false
    }
  }, [scenarios, skipId, scenarioGet])
  return new Map(scenarios.filter((s) => cache.has(keyOf(s))).map((s) => [s.id, cache.get(keyOf(s)) ?? null]))
}
