import { describe, expect, it } from 'vitest'
import { chartSpaceXml, formula } from './chartXml'
import type { ChartSpec } from './chartTypes'

const spec = (overrides: Partial<ChartSpec> = {}): ChartSpec => ({
  title: 'Spend & budget <per quarter>',
  categories: { sheet: 'Quarterly Plan', ref: '$A$5:$A$6' },
  categoryLabels: ['2027-Q1', '2027-Q2'],
  series: [
    { name: 'People', kind: 'column', axis: 'primary', values: { sheet: 'Quarterly Plan', ref: '$G$5:$G$6' }, cache: [1, 2], color: '112233' },
    { name: 'Tools', kind: 'column', axis: 'primary', values: { sheet: 'Quarterly Plan', ref: '$H$5:$H$6' }, cache: [3, null], color: '445566' },
    { name: 'FTE', kind: 'line', axis: 'secondary', values: { sheet: 'Quarterly Plan', ref: '$M$5:$M$6' }, cache: [1, 4], color: '778899', dashed: true }
  ],
  primaryAxis: { title: 'USD per quarter', numFmt: '"$"#,##0' },
  secondaryAxis: { title: 'People', numFmt: '0', min: 0 },
  ...overrides
})

describe('the chart part', () => {
  it('escapes titles, names and number formats', () => {
    const xml = chartSpaceXml(spec())
    expect(xml).toContain('<a:t>Spend &amp; budget &lt;per quarter&gt;</a:t>')
    expect(xml).toContain('formatCode="&quot;$&quot;#,##0"')
  })

  it('quotes sheet names in formulas, doubling quotes inside them', () => {
    expect(formula({ sheet: "Bob's plan", ref: '$A$1' })).toBe('&apos;Bob&apos;&apos;s plan&apos;!$A$1')
  })

  it('stacks several column series and leaves missing values out of the cache', () => {
    const xml = chartSpaceXml(spec())
    expect(xml).toContain('<c:grouping val="stacked"/>')
    expect(xml).toContain('<c:overlap val="100"/>')
    expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache>')
  })

  it('puts secondary series on their own axes, the value axis on the right crossing at the maximum', () => {
    const xml = chartSpaceXml(spec())
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2)
    expect(xml.match(/<c:catAx>/g)).toHaveLength(2)
    expect(xml).toMatch(/<c:catAx><c:axId val="50030"\/>.*?<c:delete val="1"\/>/)
    expect(xml).toMatch(/<c:valAx><c:axId val="50040"\/>.*?<c:axPos val="r"\/>.*?<c:crosses val="max"\/>/)
  })

  it('draws a single column series clustered, without overlap', () => {
    const xml = chartSpaceXml(spec({ series: [spec().series[0]], secondaryAxis: undefined }))
    expect(xml).toContain('<c:grouping val="clustered"/>')
    expect(xml).not.toContain('<c:overlap')
    expect(xml.match(/<c:valAx>/g)).toHaveLength(1)
  })

  it('refuses secondary series without a secondary axis', () => {
    expect(() => chartSpaceXml(spec({ secondaryAxis: undefined }))).toThrow('secondary series need a secondary axis')
  })

  it('draws a band as an invisible area with a shaded one stacked on it, left out of the legend', () => {
    const xml = chartSpaceXml(spec({
      series: [
        { name: 'P10', kind: 'area', axis: 'primary', values: { sheet: 'Quarterly Plan', ref: '$Q$5:$Q$6' }, cache: [1, 2], color: null, hideInLegend: true },
        { name: 'Range', kind: 'area', axis: 'primary', values: { sheet: 'Quarterly Plan', ref: '$T$5:$T$6' }, cache: [1, 1], color: 'F4B183', opacity: 0.5, outline: 'C55A11' },
        spec().series[0]
      ],
      secondaryAxis: undefined
    }))
    expect(xml).toMatch(/<c:plotArea><c:layout\/><c:areaChart><c:grouping val="stacked"\/>.*<\/c:areaChart><c:barChart>/)
    expect(xml).toContain('<c:spPr><a:noFill/><a:ln w="9525"><a:noFill/></a:ln></c:spPr>')
    expect(xml).toContain('<a:solidFill><a:srgbClr val="F4B183"><a:alpha val="50000"/></a:srgbClr></a:solidFill>' +
      '<a:ln w="9525"><a:solidFill><a:srgbClr val="C55A11"/></a:solidFill></a:ln>')
    expect(xml).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>')
    // Areas and columns sit between the category ticks.
    expect(xml).toContain('<c:crossBetween val="between"/>')
  })

  it('lays a secondary axis over the primary one on the left, with labels only', () => {
    const xml = chartSpaceXml(spec({ secondaryAxis: { title: 'People', numFmt: '0', min: 0, overlayPrimary: true } }))
    const secondary = /<c:valAx><c:axId val="50040"\/>.*?<\/c:valAx>/.exec(xml)![0]
    expect(secondary).toContain('<c:axPos val="l"/>')
    expect(secondary).toContain('<c:crosses val="autoZero"/>')
    expect(secondary).toContain('<c:majorTickMark val="none"/>')
    expect(secondary).toContain('<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>')
    expect(secondary).not.toContain('<c:title>')
  })

  it('refuses areas on the secondary axis', () => {
    const area = { ...spec().series[2], kind: 'area' as const }
    expect(() => chartSpaceXml(spec({ series: [area] }))).toThrow('only line series can use the secondary axis')
  })
})
