// The native charts added to the package: parts, relationships, content types, where the sheet
// refers to its drawing, and chart data that points at the cells the sheets hold.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { LEGACY_DATAFLOW } from '../fixtures/legacyDataflow'
import { buildBoardPack } from '../../src/boardpack'
import { GENERATED_AT, hostileScenario, leanScenario, readWorkbook, SEED, sheetPart, unzip } from './helpers'

let parts: Map<string, string>
let workbook: ExcelJS.Workbook

beforeAll(async () => {
  const pack = await buildBoardPack([LEGACY_DATAFLOW, leanScenario(), hostileScenario()],
    { generatedAt: GENERATED_AT, seed: SEED, samples: 500 })
  parts = await unzip(pack)
  workbook = await readWorkbook(pack)
})

const part = (path: string) => {
  const xml = parts.get(path)
  if (xml === undefined) throw new Error(`missing part ${path}`)
  return xml
}
const relsOf = (path: string) => {
  const slash = path.lastIndexOf('/')
  const xml = part(`${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`)
  return new Map([...xml.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"/g)]
    .map((m) => [m[1], { type: m[2], target: m[3] }]))
}
const resolve = (from: string, target: string) => {
  const base = from.slice(0, from.lastIndexOf('/')).split('/')
  for (const step of target.split('/')) {
    if (step === '..') base.pop()
    else base.push(step)
  }
  return base.join('/')
}
/** Sheet name -> its chart parts, following workbook -> sheet -> drawing -> chart. */
function chartsBySheet(): Map<string, string[]> {
  const workbookRels = relsOf('xl/workbook.xml')
  const result = new Map<string, string[]>()
  for (const m of part('xl/workbook.xml').matchAll(/<sheet sheetId="\d+" name="([^"]+)" state="visible" r:id="([^"]+)"\/>/g)) {
    const sheetPath = resolve('xl/workbook.xml', workbookRels.get(m[2])!.target)
    const drawingId = /<drawing [^>]*r:id="([^"]+)"\/>/.exec(part(sheetPath))?.[1]
    if (!drawingId) continue
    const drawingRel = relsOf(sheetPath).get(drawingId)!
    expect(drawingRel.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing')
    const drawingPath = resolve(sheetPath, drawingRel.target)
    const chartRels = relsOf(drawingPath)
    const charts = [...part(drawingPath).matchAll(/<c:chart [^>]*r:id="([^"]+)"\/>/g)].map((c) => {
      const rel = chartRels.get(c[1])!
      expect(rel.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart')
      return resolve(drawingPath, rel.target)
    })
    result.set(m[1], charts)
  }
  return result
}
const titleOf = (chartXml: string) => /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(chartXml)![1]

describe('the board pack charts', () => {
  it('are native chart parts, anchored by a drawing on Summary, Comparison and Analysis', () => {
    const bySheet = chartsBySheet()
    expect([...bySheet.keys()]).toEqual(['Summary', 'Comparison', 'Analysis'])
    expect(bySheet.get('Summary')!.map((p) => titleOf(part(p)))).toEqual([
      'Spend against budget by fiscal year',
      'Budget envelope against planned spend (P10–P90 band)',
      'Headcount against security FTE',
      'Organisation phase against achieved maturity phase'
    ])
    expect(bySheet.get('Analysis')!.map((p) => titleOf(part(p)))).toEqual([
      'What drives total spend: change against the plan at each input&apos;s low and high setting'
    ])
    expect(bySheet.get('Comparison')!.map((p) => titleOf(part(p)))).toEqual(['Quarterly total spend by scenario'])
    for (const path of [...bySheet.values()].flat()) expect(part(path)).toContain('<c:chartSpace ')
  })

  it('are declared in the content types', () => {
    const types = part('[Content_Types].xml')
    for (const path of [...parts.keys()].filter((p) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/.test(p))) {
      const kind = path.includes('charts') ? 'drawingml.chart+xml' : 'drawing+xml'
      expect(types).toContain(`<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.${kind}"/>`)
    }
  })

  it('are referenced from the sheet where the worksheet schema puts <drawing>', () => {
    for (const name of ['Summary', 'Comparison', 'Analysis']) {
      const xml = sheetPart(parts, workbook, name)
      const drawing = xml.indexOf('<drawing ')
      expect(drawing).toBeGreaterThan(xml.indexOf('</headerFooter>'))
      expect(drawing).toBeGreaterThan(xml.indexOf('</rowBreaks>'))
      const after = ['<legacyDrawing', '<tableParts', '<extLst'].map((tag) => xml.indexOf(tag)).filter((i) => i >= 0)
      for (const i of after) expect(drawing).toBeLessThan(i)
      expect(xml.indexOf('</worksheet>')).toBeGreaterThan(drawing)
    }
  })

  it('stack people, tools and programs under the budget line, over a shaded P10–P90 band', () => {
    const budget = part(chartsBySheet().get('Summary')![1])
    const bar = /<c:barChart>.*<\/c:barChart>/.exec(budget)![0]
    expect(bar).toContain('<c:grouping val="stacked"/>')
    expect(seriesNames(bar)).toEqual(['People', 'Tools', 'Programs'])
    const line = /<c:lineChart>.*<\/c:lineChart>/.exec(budget)![0]
    expect(seriesNames(line)).toEqual(['Budget envelope'])
    // The band: an invisible P10 area with the P90 − P10 range stacked on it, shaded, on the same axes.
    const area = /<c:areaChart>.*<\/c:areaChart>/.exec(budget)![0]
    expect(area).toContain('<c:grouping val="stacked"/>')
    expect(seriesNames(area)).toEqual(['P10 total spend', 'P10–P90 range of total spend'])
    const [base, band] = [...area.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0])
    expect(base).toMatch(/<c:spPr><a:noFill\/>/)
    expect(band).toMatch(/<c:spPr><a:solidFill><a:srgbClr val="[0-9A-F]{6}"><a:alpha val="\d+"\/>/)
    expect(band).toContain("<c:f>&apos;Quarterly Plan&apos;!$U$5:$U$24</c:f>")
    expect(axisIds(area)).toEqual(axisIds(bar))
    expect(axisIds(line)).toEqual(axisIds(bar))
    // The invisible base is left out of the legend (entry 0: the band is drawn first).
    expect(budget).toContain('<c:legend><c:legendPos val="b"/><c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>')
  })

  it('label money axes in thousands and millions of the scenario currency', () => {
    const bySheet = chartsBySheet()
    const format = (path: string) => /<c:valAx>.*?<c:numFmt formatCode="([^"]+)"/.exec(part(path))![1]
    expect(unescape(format(bySheet.get('Summary')![1]))).toBe('[>=1000000]"$"0.0,,"M";[>=1000]"$"0,"K";"$"0')
    // The compared scenarios are in dollars and euros: the chart shows those in the first one's dollars.
    expect(unescape(format(bySheet.get('Comparison')![0]))).toBe('[>=1000000]"$"0.0,,"M";[>=1000]"$"0,"K";"$"0')
  })

  it('name the maturity phases on the value axis: two axes with one scale, laid over each other on the left', () => {
    const maturity = part(chartsBySheet().get('Summary')![3])
    const axes = [...maturity.matchAll(/<c:valAx>.*?<\/c:valAx>/g)].map((m) => m[0])
    expect(axes).toHaveLength(2)
    const formats = axes.map((axis) => unescape(/<c:numFmt formatCode="([^"]+)"/.exec(axis)![1]))
    expect(formats).toEqual([
      '[=0]"Ad Hoc";[=2]"Growth";"World-Class"',
      '[=1]"Foundation";[=3]"Optimization";""'
    ])
    for (const axis of axes) {
      expect(axis).toContain('<c:axPos val="l"/>')
      expect(axis).toContain('<c:min val="0"/>')
      expect(axis).toContain('<c:max val="4"/>')
    }
    // Ticks every 2 on the first (0, 2, 4) and every 1 on the second, whose 0, 2 and 4 show nothing.
    expect(axes[0]).toContain('<c:majorUnit val="2"/><c:minorUnit val="1"/>')
    expect(axes[0]).toContain('<c:minorGridlines>')
    expect(axes[1]).toContain('<c:majorUnit val="1"/>')
    expect(axes[1]).toContain('<c:crosses val="autoZero"/>')
    expect(maturity).not.toContain('Phase (0–4)')
    const groups = [...maturity.matchAll(/<c:lineChart>.*?<\/c:lineChart>/g)].map((m) => seriesNames(m[0]))
    expect(groups).toEqual([['Org phase (from headcount)'], ['Achieved maturity phase']])
  })

  it('draw security FTE on a second value axis on the right', () => {
    const headcount = part(chartsBySheet().get('Summary')![2])
    const axes = [...headcount.matchAll(/<c:valAx>.*?<\/c:valAx>/g)].map((m) => m[0])
    expect(axes).toHaveLength(2)
    expect(axes[1]).toContain('<c:axPos val="r"/>')
    expect(axes[1]).toContain('<c:crosses val="max"/>')
    expect(headcount.match(/<c:lineChart>/g)).toHaveLength(2)
  })

  it('draw what drives spend as a tornado: horizontal bars either side of zero, the biggest driver on top', () => {
    const tornado = part(chartsBySheet().get('Analysis')![0])
    const bar = /<c:barChart>.*<\/c:barChart>/.exec(tornado)![0]
    expect(bar).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>')
    expect(bar).toContain('<c:overlap val="100"/>')
    expect(seriesNames(bar)).toEqual(['Low setting', 'High setting'])
    const category = /<c:catAx>.*?<\/c:catAx>/.exec(tornado)![0]
    expect(category).toContain('<c:orientation val="maxMin"/>')
    expect(category).toContain('<c:axPos val="l"/>')
    const value = /<c:valAx>.*?<\/c:valAx>/.exec(tornado)![0]
    expect(value).toContain('<c:axPos val="b"/>')
    expect(value).toContain('<c:crosses val="max"/>')
    expect(unescape(/<c:numFmt formatCode="([^"]+)"/.exec(value)![1])).toBe('+"$"#,##0,"K";-"$"#,##0,"K";"$"0')
  })

  it('read their categories as text and their values from the cells, whose values they cache', () => {
    let ranges = 0
    for (const path of [...chartsBySheet().values()].flat()) {
      const xml = part(path)
      expect(xml).toContain('<c:cat><c:strRef>')
      expect(xml).not.toContain('<c:cat><c:numRef>')
      for (const m of xml.matchAll(/<c:(strRef|numRef)><c:f>([^<]+)<\/c:f><c:(?:str|num)Cache>(.*?)<\/c:(?:str|num)Cache>/g)) {
        const [, kind, formula, cache] = m
        const cells = cellsOf(unescape(formula))
        ranges++
        const cached = new Map([...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)]
          .map((p) => [Number(p[1]), unescape(p[2])]))
        cells.forEach((cell, i) => {
          const value = cell.value as unknown
          if (value === null || value === undefined) return expect(cached.has(i), `${formula}[${i}]`).toBe(false)
          // exceljs reads a formula's cached 0 back as no result.
          const actual = typeof value === 'object' && value !== null && 'formula' in value
            ? (value as { result?: unknown }).result ?? 0
            : value
          if (kind === 'numRef') expect(Number(cached.get(i)), `${formula}[${i}]`).toBe(actual)
          else expect(cached.get(i), `${formula}[${i}]`).toBe(actual)
        })
      }
    }
    // Categories and values of 4 + 6 + 2 + 2 + 2 + 4 series (the fiscal-year chart's, the budget
    // chart's with its band as two, headcount, maturity, the tornado, and the spend and budget of
    // the 2 charted scenarios: the one in euros is not), and those 2 scenarios' names.
    expect(ranges).toBe(2 * 20 + 2)
  })

  it('draw each compared scenario\'s budget as a dashed line in its spend\'s colour', () => {
    const comparison = part(chartsBySheet().get('Comparison')![0])
    const series = [...comparison.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0])
    expect(series.map((ser) => /<c:v>([^<]*)<\/c:v><\/c:pt><\/c:strCache>|<c:tx><c:v>([^<]*)<\/c:v>/.exec(ser)!.slice(1).find(Boolean)))
      .toEqual(['DataFlow AI - Base', 'Budget: DataFlow AI - Base', 'DataFlow AI - Lean', 'Budget: DataFlow AI - Lean'])
    const colour = (ser: string) => /<a:srgbClr val="([0-9A-F]{6})"/.exec(ser)![1]
    expect(colour(series[1])).toBe(colour(series[0]))
    expect(colour(series[3])).toBe(colour(series[2]))
    expect(series[1]).toContain('<a:prstDash val="dash"/>')
    expect(series[0]).not.toContain('prstDash')
  })

  it('take the compared scenarios\' names from their header cells, as text', () => {
    const comparison = part(chartsBySheet().get('Comparison')![0])
    const names = [...comparison.matchAll(/<c:tx><c:strRef><c:f>([^<]+)<\/c:f>.*?<c:v>([^<]*)<\/c:v>/g)]
      .map((m) => ({ cell: cellsOf(unescape(m[1]))[0].value, cached: unescape(m[2]) }))
    expect(names.map((n) => n.cached)).toEqual(['DataFlow AI - Base', 'DataFlow AI - Lean'])
    for (const n of names) expect(n.cell).toBe(n.cached)
  })
})

function axisIds(group: string): string[] {
  return [...group.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1])
}

function seriesNames(xml: string): string[] {
  return [...xml.matchAll(/<c:ser>.*?<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1])
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
}

/** The cells of a one-column or one-cell range such as 'Quarterly Plan'!$F$5:$F$24. */
function cellsOf(formula: string): ExcelJS.Cell[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula)
  if (!m) throw new Error(`unexpected chart formula ${formula}`)
  const ws = workbook.getWorksheet(m[1].replace(/''/g, "'"))!
  expect(ws, m[1]).toBeDefined()
  const first = Number(m[3])
  const last = Number(m[5] ?? m[3])
  if (m[4] !== undefined) expect(m[4]).toBe(m[2])
  return Array.from({ length: last - first + 1 }, (_, i) => ws.getCell(`${m[2]}${first + i}`))
}
