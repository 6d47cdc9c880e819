// The first thing a new user sees (an empty database): start from the labelled sample, from a
// blank plan, or from a template for the company's funding stage (docs/templates.md). Each choice
// creates an ordinary scenario; importing a scenario file is the fourth way in.
import { PLAN_TEMPLATES, SAMPLE_SCENARIO } from '../../../../core/planTemplates'
import { PageHeader } from '../../components/PageHeader'
import { ProvenanceBadge } from '../../components/ProvenanceBadge'
import { blankScenario } from '../../session/blankScenario'
import type { ScenarioActions } from '../../session/scenarioActions'
import { planOutline } from './planOutline'
import '../../styles/start.css'

export function StartScreen({ actions }: { actions: ScenarioActions }): React.JSX.Element {
  return (
    <div className="start-screen" data-testid="start-screen">
      <PageHeader title="Start a security plan"
        subtitle="No plans yet. Start from the sample, a blank plan or your company's stage; every number can be changed."
        actions={<button type="button" className="button" onClick={() => void actions.importFiles()}>Import a scenario file…</button>} />

      <div className="grid-2">
        <section className="card start-choice" aria-labelledby="start-sample">
          <h2 id="start-sample">Explore the sample <span className="chip chip-info">Sample</span></h2>
          <p className="start-name">{SAMPLE_SCENARIO.name}</p>
          <p className="muted">{planOutline(SAMPLE_SCENARIO)}</p>
          <p>An AI company after its Series B, with fiscal years, deadlines and the warnings a CISO would expect. Its name marks it as a sample wherever it shows.</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void actions.startFrom({ kind: 'sample' })}>Open the sample</button>
          </div>
        </section>
        <section className="card start-choice" aria-labelledby="start-blank">
          <h2 id="start-blank">Start from a blank plan</h2>
          <p className="muted">{planOutline(blankScenario('Blank'))}</p>
          <p>The blueprint&apos;s budget percentages and one security engineer, starting this quarter: fill in your own growth.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void actions.startFrom({ kind: 'blank' })}>Start a blank plan</button>
          </div>
        </section>
      </div>

      <section className="card start-templates-card" aria-labelledby="start-templates">
        <header className="card-header">
          <div>
            <h2 id="start-templates">Start from your stage</h2>
            <p className="card-subtitle">A typical AI company at each stage, starting this quarter; replace its people, revenue and budget with your own</p>
          </div>
        </header>
        <ul className="start-templates">
          {PLAN_TEMPLATES.map((template) => (
            <li key={template.stage} className="start-template" data-stage={template.stage}>
              <div className="start-template-title"><h3>{template.title}</h3><ProvenanceBadge source={template.source} /></div>
              <p className="muted">{planOutline(template.document)}</p>
              <button type="button" className="button" onClick={() => void actions.startFrom({ kind: 'template', stage: template.stage })}>
                Use the {template.title} template
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
