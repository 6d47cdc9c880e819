// The quarterly check-in form's state: which quarter it is for, what has been typed, whether that
// differs from what is saved (then leaving the quarter or the view asks first), and saving it.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ActualCategory } from '../../../../core/actualLines'
import { validateQuarterActual, type QuarterActual, type QuarterPlanVersusActual } from '../../../../core/actuals'
import type { ScenarioDoc } from '../../../../core/scenario'
import { resolvedCurrency } from '../../../../core/scenarioDefaults'
import { useConfirm } from '../../components/ConfirmDialog'
import { useRampart } from '../../ipc/RampartProvider'
import { useNavigation } from '../../session/navigation'
import { useNotify } from '../../session/notices'
import { plainError } from '../../session/plainErrors'

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
  /**
   * Field -> what is wrong with it, in plain words, once a save was refused: checked again on every
   * change, so each message stays by its field until that field is fixed.
   */
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
  /** A save was refused since the form last started or saved a quarter. */
  const [refused, setRefused] = useState(false)

  // Until the user picks a quarter, the check-in is for the quarter after the last one recorded.
  const current = chosen ?? (actuals && rows.length > 0 ? start(nextQuarter(actuals, rows.length), actuals, plan) : null)
  const draft = current?.draft ?? null
  const currency = resolvedCurrency(plan)
  const horizon = rows.length
  const errors = useMemo(() => (refused && draft ? checkInErrors(draft, horizon, currency) : NO_ERRORS), [refused, draft, horizon, currency])

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
      setRefused(false)
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
      const result = await rampart.actualSave({ id: scenarioId, actual: actualOf(draft) })
      if (!result.ok) {
        setRefused(true)
        // What the form marks by its fields needs no more than a pointer; anything else (the
        // store's own refusals) is reported whole.
        if (checkInErrors(draft, horizon, currency).size > 0) notify('Check-in not saved: fix the fields marked in the form', 'error')
        else rampart.report('Check-in not saved', result.errors)
        return
      }
      onSaved(result.value)
      setChosen({ draft, baseline: JSON.stringify(draft) })
      setRefused(false)
      notify(`Saved the ${rows[draft.quarter]?.label} check-in`, 'success')
    }
  }
}

const NO_ERRORS: ReadonlyMap<string, string> = new Map()

/**
 * The check-in as main receives it: amounts left empty stay out, and main says they are required.
 * The quarter's lines (imported or typed) go with it: saving the check-in must not drop them.
 */
function actualOf(draft: CheckInDraft): QuarterActual {
  return {
    quarter: draft.quarter, people: draft.people, tools: draft.tools, programs: draft.programs,
    hires: draft.hires, capabilities: draft.capabilities, note: draft.note, ...(draft.lines ? { lines: draft.lines } : {})
  } as QuarterActual
}

/** The engine's check of a check-in (the one main runs), in plain words by field. */
function checkInErrors(draft: CheckInDraft, horizon: number, currency: string): ReadonlyMap<string, string> {
  const result = validateQuarterActual(actualOf(draft), horizon)
  if (result.ok) return NO_ERRORS
  const byField = new Map<string, string>()
  // Main names these fields under `actual.`, which is how the field labels know them.
  for (const e of result.errors) if (!byField.has(e.path)) byField.set(e.path, plainError({ ...e, path: `actual.${e.path}` }, currency).text)
  return byField
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
