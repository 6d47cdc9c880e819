// Compare a base scenario with up to five others: KPIs with deltas against the base and
// overlaid charts, all simulated with the same seed so differences come from the plans.
import { useMemo, useState } from 'react'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../../../core/limits'
import { PageHeader } from '../../components/PageHeader'
import { useWorkspace } from '../../session/workspace'
import { MAX_OTHERS } from './compareLimits'
import { ComparePicker } from './ComparePicker'
import { ComparisonResults } from './ComparisonResults'
import { SimulatedComparison } from './SimulatedComparison'
import { useComparison } from './useComparison'

export function CompareView(): React.JSX.Element {
  const { scenarios, open } = useWorkspace()
  const [baseId, setBaseId] = useState<number | null>(open?.id ?? scenarios[0]?.id ?? null)
  const [others, setOthers] = useState<number[]>(() => scenarios.filter((s) => s.id !== (open?.id ?? scenarios[0]?.id)).slice(0, 1).map((s) => s.id))
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
      {comparison && <ComparisonResults comparison={comparison} />}
      {comparison && <SimulatedComparison comparison={comparison} />}
    </div>
  )
}
