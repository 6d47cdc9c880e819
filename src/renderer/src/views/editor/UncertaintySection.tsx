// Uncertainty: what the simulation may draw differently from the plan, in plain words, each
// setting with what it does to the band (worked out in the worker at a reduced sample count).
import type { ReactNode } from 'react'
import { DEFAULT_SCENARIO } from '../../../../core/defaultScenario'
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../../../core/limits'
import { BAND_EFFECT_SAMPLES, type UncertaintySource } from '../../compute/bandEffects'
import { useBandEffects } from '../../compute/useUncertainty'
import { NumberField } from '../../components/fields'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { useWorkspace } from '../../session/workspace'
import { bandEffectText } from './uncertainty/bandEffectText'
import { slipText } from './uncertainty/hiringSlip'
import { SlipSetting } from './uncertainty/SlipSetting'

const TYPICAL = DEFAULT_SCENARIO.uncertainty ?? {}
const TYPICAL_TEXT = `pay ±${TYPICAL.salaryPercent ?? 0}%, revenue growth ±${TYPICAL.revenuePercent ?? 0}%, ` +
  `${slipText(TYPICAL.hiringSlip ?? [1])}, ${TYPICAL.attritionPercent ?? 0}% leaving a year`

export function UncertaintySection(): React.JSX.Element | null {
  const { doc, errors, setField, edit, analysis } = useWorkspace()
  // Effects are worked out for the last valid plan, the one the dashboard shows.
  const effects = useBandEffects(analysis?.doc ?? null)
  if (!doc) return null
  const currency = doc.currency ?? 'USD'
  const shown = effects.value
  const fresh = shown !== null && effects.computedFor === analysis?.doc
  const effect = (source: UncertaintySource): ReactNode => (
    <p className={`band-effect ${fresh ? '' : 'band-effect-stale'}`} data-testid={`band-effect-${source}`} aria-busy={!fresh}>
      {shown ? bandEffectText(shown, source, currency) : effects.error ? `Not worked out: ${effects.error}` : 'Working out its effect…'}
    </p>
  )
  const tools = doc.tools ?? []
  const ranged = tools.filter((t) => t.low < t.high).length

  return (
    <div className="editor-section">
      <section className="card" data-field="uncertainty" tabIndex={-1} data-testid="uncertainty">
        <header className="card-header">
          <div>
            <h2>Uncertainty</h2>
            <p className="card-subtitle">
              What may turn out differently from the plan. The simulation draws each of these in every sample; the
              dashboard&apos;s P10–P90 band and chances cover what is on here.
            </p>
          </div>
          <div className="button-row">
            <button type="button" className="button button-small" title={TYPICAL_TEXT}
              onClick={() => edit('uncertainty:typical', (d) => ({ ...d, uncertainty: { ...TYPICAL } }))}>Use typical settings</button>
            <button type="button" className="button button-small"
              onClick={() => edit('uncertainty:off', ({ uncertainty: _off, ...d }) => d)}>Turn all off</button>
          </div>
        </header>
        <p className="muted uncertainty-typical">
          Typical settings: {TYPICAL_TEXT} <ProvenanceBadge source="illustrative" title="The sample plan's settings: a starting point to replace with your own judgement" />
        </p>
        {errors.get('uncertainty') && <p className="field-error">{errors.get('uncertainty')}</p>}
        <p className="muted band-effect-note" data-testid="band-effect-note">
          <ProvenanceBadge source="derived" title="Derived: simulated by Rampart from the plan with and without each setting" />{' '}
          Under each setting, its effect on the band: the plan simulated with it and without it, {BAND_EFFECT_SAMPLES.toLocaleString('en-US')} samples
          each with seed {DEFAULT_SEED} (the dashboard uses {DEFAULT_SAMPLES.toLocaleString('en-US')}), so the two differ only by the setting.
        </p>

        <div className="uncertainty-setting">
          <h3>Hiring dates</h3>
          <SlipSetting doc={doc} />
          {effect('hiringDates')}
        </div>
        <div className="uncertainty-setting">
          <h3>Pay</h3>
          <NumberField label="Pay may land within ± of the plan" path="uncertainty.salaryPercent" value={doc.uncertainty?.salaryPercent}
            suffix="%" min={0} step={1} placeholder="0" onChange={setField} error={errors.get('uncertainty.salaryPercent')}
            hint="One draw per hiring line, most likely as planned, for its pay and its recruiting fees" />
          {effect('pay')}
        </div>
        <div className="uncertainty-setting">
          <h3>People leaving</h3>
          <NumberField label="People who leave each year" path="uncertainty.attritionPercent" value={doc.uncertainty?.attritionPercent}
            suffix="% of filled seats" min={0} step={1} placeholder="0" onChange={setField} error={errors.get('uncertainty.attritionPercent')}
            hint="An empty seat costs nothing and counts no FTE until it is filled again, with a recruiting fee" />
          {effect('attrition')}
        </div>
        <div className="uncertainty-setting">
          <h3>Revenue</h3>
          <NumberField label="Revenue growth may land within ± of the plan" path="uncertainty.revenuePercent" value={doc.uncertainty?.revenuePercent}
            suffix="%" min={0} step={5} placeholder="0" onChange={setField} error={errors.get('uncertainty.revenuePercent')}
            hint="Moves a budget set as a percent of revenue; an approved budget in amounts stays as it is" />
          {effect('revenue')}
        </div>
        <div className="uncertainty-setting">
          <h3>Tool prices</h3>
          <p className="field-hint" data-testid="tool-price-ranges">
            Each tool&apos;s cost is drawn between its low and high, most likely at its chosen point (set them on the Tools tab):
            {' '}{ranged} of {tools.length} tool{tools.length === 1 ? '' : 's'} {ranged === 1 ? 'has' : 'have'} a range.
          </p>
          {effect('toolPrices')}
        </div>
        <div className="uncertainty-setting">
          <h3>Samples and seed</h3>
          <p className="field-hint">
            The window always simulates {DEFAULT_SAMPLES.toLocaleString('en-US')} samples with seed {DEFAULT_SEED}, so the same plan gives the
            same band every time and scenarios compared share their random numbers. The plan file does not store them; the command
            line&apos;s <code>simulate --samples N --seed S</code> runs other ones.
          </p>
        </div>
      </section>
    </div>
  )
}
