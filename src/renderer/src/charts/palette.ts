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
  // Okabe-Ito blue against vermillion: distinct under every common colour-vision deficiency, and
  // the organisation's line is also dashed, so the two never rest on hue alone.
  orgPhase: '#0072b2',
  maturity: '#d55e00',
  gap: 'rgba(213, 94, 0, 0.18)',
  ahead: 'rgba(0, 114, 178, 0.12)',
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
