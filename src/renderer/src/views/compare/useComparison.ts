// Simulates the chosen scenarios together in the worker, with the same seed and samples, whenever
// the choice or the open scenario's document changes. The open scenario is compared as edited,
// even before its autosave lands; the others as stored.
import { useEffect, useMemo, useState } from 'react'
import type { Comparison } from '../../../../core/compare'
import type { ScenarioDoc } from '../../../../core/scenario'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../../../core/limits'
import { askWorker, cancelWorker } from '../../compute/workerClient'
import { useRampart } from '../../ipc/RampartProvider'
import { useNotify } from '../../session/notices'
import { useWorkspace } from '../../session/workspace'

export interface ComparisonState {
  /** The last comparison that finished; it stays up while a newer one runs. */
  comparison: Comparison | null
  running: boolean
}

/** `ids`: the base first, then the others. */
export function useComparison(ids: readonly number[]): ComparisonState {
  const rampart = useRampart()
  const notify = useNotify()
  const { open, analysis } = useWorkspace()
  const openId = open?.id ?? null
  const liveDoc = analysis?.doc ?? null
  const request = useMemo(() => ({ ids, openId, liveDoc }), [ids, openId, liveDoc])
  const [comparison, setComparison] = useState<Comparison | null>(null)
  /** The request the last finished run was for: a run is going on until that is the current one. */
  const [settled, setSettled] = useState<typeof request | null>(null)

  useEffect(() => {
    if (request.ids.length === 0) return
    let current = true
    void (async () => {
      try {
        const docs: ScenarioDoc[] = []
        for (const id of request.ids) {
          if (id === request.openId && request.liveDoc) {
            docs.push(request.liveDoc)
            continue
          }
          const result = await rampart.scenarioGet(id)
          if (!result.ok) {
            if (current) rampart.report('Could not load a scenario to compare', result.errors)
            return
          }
          docs.push(result.value.document)
        }
        const response = await askWorker('compare', { kind: 'compare', docs, seed: DEFAULT_SEED, samples: DEFAULT_SAMPLES })
        if (!current || !response) return
        if (response.kind === 'compare') setComparison(response.value)
        else if (response.kind === 'error') notify(`Comparison failed: ${response.message}`, 'error')
      } finally {
        // Whatever ended this run, a newer one (if any) has its own request.
        if (current) setSettled(request)
      }
    })()
    return () => {
      current = false
      cancelWorker('compare')
    }
  }, [rampart, notify, request])

  return { comparison, running: request.ids.length > 0 && settled !== request }
}
