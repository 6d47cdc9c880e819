// Chart colours, chosen to read on white and to stay distinct for colour-blind readers.
import type { PhaseId } from '../../../core/catalog'

export const COLORS = {
  people: '#4f46e5',
  tools: '#0891b2',
  programs: '#d97706',
  budget: '#0f172a',
  band: 'rgba(79, 70, 229, 0.16)',
  headcount: '#64748b',
  fte: '#059669',
  orgPhase: '#dc2626',
  maturity: '#059669',
  gap: 'rgba(220, 38, 38, 0.14)',
  ahead: 'rgba(5, 150, 105, 0.12)',
  low: '#0891b2',
  high: '#dc2626',
  actual: '#0f766e',
  planned: '#4f46e5'
} as const

export const PHASE_COLORS: Record<PhaseId, string> = {
  adhoc: '#94a3b8',
  foundation: '#4f46e5',
  growth: '#0891b2',
  optimization: '#059669',
  worldclass: '#d97706'
}

/** One colour per compared scenario, the base first. */
export const SERIES_COLORS = ['#0f172a', '#4f46e5', '#0891b2', '#d97706', '#db2777', '#059669']
