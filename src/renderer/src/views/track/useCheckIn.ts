// The quarterly check-in form's state: which quarter it is for, what has been typed, whether that
// differs from what is saved (then leaving the quarter or the view asks first), and saving it.
import { useCallback, useEffect, useState } from 'react'
import type { ActualCategory } from '../../../../core/actualLines'
import type { QuarterActual, QuarterPlanVersusActual } from '../../../../core/actuals'
import type { ScenarioDoc } from '../../../../core/scenario'
import { useConfirm } from '../../components/ConfirmDialog'
import { useRampart } from '../../ipc/RampartProvider'
import { useNavigation } from '../../session/navigation'
import { useNotify } from '../../session/notices'

/** A check-in being typed: amounts may still be empty. */
export type CheckInDraft = Omit<QuarterActual, 'people' | 'tools' | 'programs' | 'hires'> & {
  people?: number
  tools?: number
  programs?: number
  hires?: number
}

interface Started {
  draft: CheckInDraft
  /** The check-in as it was started or last saved, to tell whether the form holds unsaved changes. */
  baseline: string
}

export interface CheckIn {
  /** Null until the recorded actuals are known. */
  draft: CheckInDraft | null
  /** Field -> main's message from the last refused save. */
  errors: ReadonlyMap<string, string>
  switchQuarter: (quarter: number) => Promise<void>
  setField: (path: string, value: unknown) => void
  toggleCapability: (id: string) => void
  /** Sets one line's amount, or removes the line when `amount` is undefined (an empty box). */
  setLine: (category: ActualCategory, line: string, amount: number | undefined) => void
  save: () => Promise<void>
  /** After actuals were written elsewhere (an import): a check-in with no unsaved changes shows them. */
  reload: (actuals: readonly QuarterActual[]) => void
}

interface CheckInInput {
  scenarioId: number
  plan: ScenarioDoc
  rows: readonly QuarterPlanVersusActual[]
  actuals: readonly QuarterActual[] | null
  onSaved: (actuals: QuarterActual[]) => void
}

export function useCheckIn({ scenarioId, plan, rows, actuals, onSaved }: CheckInInput): CheckIn {
  const rampart = useRampart()
  const notify = useNotify()
  const confirm = useConfirm()
  const { setLeaveGuard } = useNavigation()
  const [chosen, setChosen] = useState<Started | null>(null)
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())

  // Until the user picks a quarter, the check-in is for the quarter after the last one recorded.
  const current = chosen ?? (actuals && rows.length > 0 ? start(nextQuarter(actuals, rows.length), actuals, plan) : null)
  const draft = current?.draft ?? null

  const dirty = current !== null && JSON.stringify(current.draft) !== current.baseline
  const dirtyLabel = dirty ? rows[current.draft.quarter]?.label ?? 'this quarter' : null
  const confirmDiscard = useCallback(() => confirm({
    title: 'Discard the unsaved check-in?',
    message: `The ${dirtyLabel} check-in has changes that are not saved yet.`,
    confirmLabel: 'Discard changes',
    cancelLabel: 'Keep editing'
  }), [confirm, dirtyLabel])

  // Leaving the view with an unsaved check-in asks first.
  useEffect(() => {
    if (!dirty) return
    setLeaveGuard(confirmDiscard)
    return () => setLeaveGuard(null)
  }, [dirty, confirmDiscard, setLeaveGuard])

  const change = (update: (draft: CheckInDraft) => CheckInDraft) =>
    setChosen((c) => {
      const base = c ?? current
      return base && { ...base, draft: update(base.draft) }
    })

  return {
    draft,
    errors,
    setLine: (category, line, amount) => change((d) => {
      const others = (d.lines ?? []).filter((l) => l.category !== category || l.line !== line)
      const existing = (d.lines ?? []).findIndex((l) => l.category === category && l.line === line)
      const lines = amount === undefined ? others
        : existing >= 0 ? (d.lines ?? []).map((l, i) => (i === existing ? { ...l, amount } : l))
          : [...others, { category, line, amount }]
      const { lines: _previous, ...rest } = d
      return lines.length > 0 ? { ...rest, lines } : rest
    }),
    async switchQuarter(quarter) {
      if (!actuals || quarter === draft?.quarter) return
      if (dirty && !(await confirmDiscard())) return
      setChosen(start(quarter, actuals, plan))
      setErrors(new Map())
    },
    setField: (path, value) => change((d) => ({ ...d, [path]: value })),
    toggleCapability: (id) => change((d) => ({
      ...d, capabilities: d.capabilities.includes(id) ? d.capabilities.filter((c) => c !== id) : [...d.capabilities, id]
    })),
    reload(updated) {
      if (!chosen || dirty) return
      setChosen(start(chosen.draft.quarter, updated, plan))
    },
    async save() {
      if (!draft) return
      // Main checks the amounts are there; the form lets them be empty while typing.
      // The quarter's lines (imported or typed) go with it: saving the check-in must not drop them.
      const actual = {
        quarter: draft.quarter, people: draft.people, tools: draft.tools, programs: draft.programs,
        hires: draft.hires, capabilities: draft.capabilities, note: draft.note, ...(draft.lines ? { lines: draft.lines } : {})
      } as QuarterActual
      const result = await rampart.actualSave({ id: scenarioId, actual })
      if (!result.ok) {
        setErrors(new Map(result.errors.map((e) => [e.path.replace(/^actual\./, ''), e.message])))
        rampart.report('Check-in not saved', result.errors)
        return
      }
      onSaved(result.value)
      setChosen({ draft, baseline: JSON.stringify(draft) })
      setErrors(new Map())
      notify(`Saved the ${rows[draft.quarter]?.label} check-in`, 'success')
    }
  }
}

/** The quarter after the last one recorded, within the plan. */
function nextQuarter(actuals: readonly QuarterActual[], quarters: number): number {
  const lastRecorded = actuals.reduce((max, a) => Math.max(max, a.quarter), -1)
  return Math.min(lastRecorded + 1, quarters - 1)
}

/** A quarter's check-in as recorded; a new one starts from what the plan says is in place by then. */
function start(quarter: number, actuals: readonly QuarterActual[], plan: ScenarioDoc): Started {
  const recorded = actuals.find((a) => a.quarter === quarter)
  const draft: CheckInDraft = recorded
    ? { ...recorded }
    : { quarter, capabilities: (plan.capabilities ?? []).filter((c) => c.quarter <= quarter).map((c) => c.id), note: '' }
  return { draft, baseline: JSON.stringify(draft) }
}
