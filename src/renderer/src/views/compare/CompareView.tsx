// Compare a base scenario with up to five others: KPIs with deltas against the base and
// overlaid charts, all simulated with the same seed so differences come from the plans.
import { useMemo, useState } from 'react'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../../../core/limits'
import { PageHeader } from '../../components/PageHeader'
import { compareStart } from '../../session/whatIfs'
import { useWorkspace } from '../../session/workspace'
import { MAX_OTHERS } from './compareLimits'
import { ComparePicker } from './ComparePicker'
import { ComparisonResults } from './ComparisonResults'
import { SimulatedComparison } from './SimulatedComparison'
import { useComparison } from './useComparison'

export function CompareView(): React.JSX.Element {
  const { scenarios, open } = useWorkspace()
  // A what-if just duplicated is open: it is compared with its original, not made the base.
  const [start] = useState(() => compareStart(scenarios, open?.id ?? null, window.localStorage))
  const [baseId, setBaseId] = useState<number | null>(start.baseId)
  const [others, setOthers] = useState<number[]>(start.others)
  const ids = useMemo(() => (baseId === null ? [] : [baseId, ...others.filter((id) => id !== baseId)]), [baseId, others])
  const { comparison, running } = useComparison(ids)
  const toggle = (id: number) => setOthers((list) => list.includes(id)
    ? list.filter((x) => x !== id)
    : list.length >= MAX_OTHERS ? list : [...list, id])

  return (
    <div className="view compare">
      <PageHeader title="Compare" subtitle={`A base and up to ${MAX_OTHERS} others, simulated with the same seed (${DEFAULT_SEED}) and ${DEFAULT_SAMPLES.toLocaleString('en-US')} samples`} />
      <ComparePicker scenarios={scenarios} baseId={baseId} others={others} onBase={setBaseId} onToggle={toggle} />
      {running && !comparison && <p className="empty">Simulating…</p>}
      {/* The last comparison stays up while the next runs: say its figures are about to change. */}
      {running && comparison && <p className="empty" role="status" data-testid="compare-updating">Updating for the new choice…</p>}
      {comparison && <ComparisonResults comparison={comparison} />}
      {comparison && <SimulatedComparison comparison={comparison} />}
    </div>
  )
}
