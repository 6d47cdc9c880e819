// Security FTE per quarter as planned, with the simulated P10–P90 of FTE in post shaded around it
// (hiring slips and people leaving move it; pay and prices do not).
import type { ChartConfiguration, ChartDataset } from 'chart.js'
import type { Projection } from '../../../core/projection'
import type { SimulationResult } from '../../../core/simulation'
import { COLORS } from './palette'

const FTE_BAND = 'rgba(5, 150, 105, 0.16)'
const FTE_BAND_EDGE = 'rgba(5, 150, 105, 0.6)'

export function fteBandConfig(projection: Projection, simulation: SimulationResult): ChartConfiguration {
  const rows = projection.quarters
  const band = simulation.quarters
  const edge = (label: string, data: number[], fill: ChartDataset<'line'>['fill']): ChartDataset<'line', number[]> => ({
    label, data, borderColor: FTE_BAND_EDGE, backgroundColor: FTE_BAND, borderWidth: 1, borderDash: [4, 3],
    pointRadius: 0, stepped: true, fill
  })
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Planned security FTE', data: rows.map((r) => r.securityFte), borderColor: COLORS.fte, backgroundColor: COLORS.fte,
          borderWidth: 2, pointRadius: 0, stepped: true },
        edge('P10 of security FTE', band.map((q) => q.fte.p10), false),
        edge('P90 of security FTE', band.map((q) => q.fte.p90), { target: '-1' })
      ]
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false } }, y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Security FTE' } } }
    }
  }
}
