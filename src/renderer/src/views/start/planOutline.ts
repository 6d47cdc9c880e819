// One line that tells plans apart on the start screen, read from the plan itself so it can never
// disagree with what the user gets: people and revenue from first to last milestone, the length,
// and how many hires, tools and services it holds.
import { formatMoneyCompact } from '../../../../core/format'
import type { ScenarioDoc } from '../../../../core/scenario'

export function planOutline(doc: ScenarioDoc): string {
  const first = <T>(list: readonly T[]) => list[0]
  const last = <T>(list: readonly T[]) => list[list.length - 1]
  const money = (value: number) => formatMoneyCompact(value, doc.currency ?? 'USD')
  const people = `${first(doc.headcount).value.toLocaleString('en-US')} → ${last(doc.headcount).value.toLocaleString('en-US')} people`
  const revenue = `${money(first(doc.revenue).value)} → ${money(last(doc.revenue).value)} revenue`
  const years = doc.quarters % 4 === 0 ? `${doc.quarters / 4} years` : `${doc.quarters} quarters`
  const seats = (doc.hires ?? []).reduce((sum, h) => sum + h.count, 0)
  const tools = (doc.tools ?? []).length
  return `${people} · ${revenue} · ${years} · ${plural(seats, 'security seat')}, ${plural(tools, 'tool or service', 'tools and services')}`
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
