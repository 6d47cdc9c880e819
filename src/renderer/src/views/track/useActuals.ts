// The quarters of actuals recorded for one scenario: null until main has answered (or when it
// could not read them, which is reported), so nothing is started from a list not yet known.
import { useEffect, useState } from 'react'
import type { QuarterActual } from '../../../../core/actuals'
import { useRampart } from '../../ipc/RampartProvider'

export function useActuals(scenarioId: number): [QuarterActual[] | null, (actuals: QuarterActual[]) => void] {
  const rampart = useRampart()
  const [actuals, setActuals] = useState<QuarterActual[] | null>(null)
  useEffect(() => {
    let current = true
    void rampart.orReport('Could not load actuals', rampart.actualList(scenarioId)).then((list) => {
      if (current && list) setActuals(list)
    })
    return () => {
      current = false
    }
  }, [rampart, scenarioId])
  return [actuals, setActuals]
}
