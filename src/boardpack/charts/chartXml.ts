// The chart part (`c:chartSpace`) of one native Excel chart: stacked columns and lines on a
// shared category axis, optionally a second value axis on the right. Element order follows the
// DrawingML chart schema, which Excel enforces.
import { xmlText } from '../text'
import type { CellRange, ChartAxis, ChartSeries, ChartSpec } from './chartTypes'

const NAMESPACES = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

const AXIS_IDS = { primaryCategory: 50010, primaryValue: 50020, secondaryCategory: 50030, secondaryValue: 50040 }

export function chartSpaceXml(spec: ChartSpec): string {
  const indexed = spec.series.map((series, idx) => ({ series, idx }))
  const primary = indexed.filter((s) => s.series.axis === 'primary')
  const secondary = indexed.filter((s) => s.series.axis === 'secondary')
  const areas = primary.filter((s) => s.series.kind === 'area')
  const columns = primary.filter((s) => s.series.kind === 'column')
  const primaryLines = primary.filter((s) => s.series.kind === 'line')
  if (secondary.some((s) => s.series.kind !== 'line')) {
    throw new Error('only line series can use the secondary axis')
  }
  if (secondary.length > 0 && !spec.secondaryAxis) throw new Error('secondary series need a secondary axis')

  const primaryAxes = [AXIS_IDS.primaryCategory, AXIS_IDS.primaryValue] as const
  const secondaryAxes = [AXIS_IDS.secondaryCategory, AXIS_IDS.secondaryValue] as const
  // Areas first, so columns and lines are drawn over the band.
  const groups = [
    areas.length > 0 ? areaChart(areas, spec, primaryAxes) : '',
    columns.length > 0 ? barChart(columns, spec, primaryAxes) : '',
    primaryLines.length > 0 ? lineChart(primaryLines, spec, primaryAxes) : '',
    secondary.length > 0 ? lineChart(secondary, spec, secondaryAxes) : ''
  ].join('')
  // Columns and areas sit between the category ticks; lines alone run from edge to edge.
  const crossBetween = columns.length + areas.length > 0 ? 'between' : 'midCat'
  const overlay = spec.secondaryAxis?.overlayPrimary === true
  const horizontal = spec.horizontalBars === true
  const axes = [
    categoryAxis(AXIS_IDS.primaryCategory, AXIS_IDS.primaryValue, false, spec.categoryTitle, horizontal),
    // Horizontal bars list the categories top down, so the value axis crosses at the last one,
    // which is at the bottom.
    valueAxis(AXIS_IDS.primaryValue, AXIS_IDS.primaryCategory, spec.primaryAxis, horizontal
      ? { position: 'b', crosses: 'max', crossBetween, gridlines: true }
      : { position: 'l', crosses: 'autoZero', crossBetween, gridlines: true }),
    ...(secondary.length > 0 && spec.secondaryAxis ? [
      categoryAxis(AXIS_IDS.secondaryCategory, AXIS_IDS.secondaryValue, true),
      valueAxis(AXIS_IDS.secondaryValue, AXIS_IDS.secondaryCategory, spec.secondaryAxis, overlay
        ? { position: 'l', crosses: 'autoZero', crossBetween, gridlines: false, bare: true }
        : { position: 'r', crosses: 'max', crossBetween: 'midCat', gridlines: false })
    ] : [])
  ].join('')
  const hidden = spec.series.flatMap((s, idx) => (s.hideInLegend ? [idx] : []))

  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NAMESPACES}>` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    title(spec.title, 1400) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${groups}${axes}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/>' +
    hidden.map((idx) => `<c:legendEntry><c:idx val="${idx}"/><c:delete val="1"/></c:legendEntry>`).join('') +
    '<c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>' +
    '</c:chartSpace>'
}

type Indexed = { series: ChartSeries; idx: number }

function barChart(series: Indexed[], spec: ChartSpec, axes: readonly [number, number]): string {
  const horizontal = spec.horizontalBars === true
  // Stacked columns add up; a tornado's bars lie over each other, on either side of zero.
  const stacked = series.length > 1 && !horizontal
  const overlaid = series.length > 1 && horizontal
  return `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/>` +
    `<c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series.map(({ series: s, idx }) =>
      `<c:ser>${seriesHead(s, idx)}<c:spPr>${fill(s)}</c:spPr>` +
      '<c:invertIfNegative val="0"/>' +
      `${categories(spec)}${values(s)}</c:ser>`).join('') +
    `<c:gapWidth val="${horizontal ? 40 : 100}"/>${stacked || overlaid ? '<c:overlap val="100"/>' : ''}` +
    `<c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:barChart>`
}

/** Stacked areas: a band is an invisible area with a shaded one on top. */
function areaChart(series: Indexed[], spec: ChartSpec, axes: readonly [number, number]): string {
  return '<c:areaChart><c:grouping val="stacked"/><c:varyColors val="0"/>' +
    series.map(({ series: s, idx }) =>
      `<c:ser>${seriesHead(s, idx)}<c:spPr>${fill(s)}` +
      `<a:ln w="9525">${s.outline ? `<a:solidFill><a:srgbClr val="${s.outline}"/></a:solidFill>` : '<a:noFill/>'}</a:ln></c:spPr>` +
      `${categories(spec)}${values(s)}</c:ser>`).join('') +
    `<c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:areaChart>`
}

function fill(series: ChartSeries): string {
  if (series.color === null) return '<a:noFill/>'
  const alpha = series.opacity === undefined ? '' : `<a:alpha val="${Math.round(series.opacity * 100000)}"/>`
  return `<a:solidFill><a:srgbClr val="${series.color}">${alpha}</a:srgbClr></a:solidFill>`
}

function lineChart(series: Indexed[], spec: ChartSpec, axes: readonly [number, number]): string {
  return '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    series.map(({ series: s, idx }) =>
      `<c:ser>${seriesHead(s, idx)}` +
      `<c:spPr><a:ln w="${s.dashed ? 19050 : 28575}" cap="rnd">${fill(s)}` +
      `${s.dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>` +
      '<c:marker><c:symbol val="none"/></c:marker>' +
      `${categories(spec)}${values(s)}<c:smooth val="0"/></c:ser>`).join('') +
    '<c:marker val="1"/>' +
    `<c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/></c:lineChart>`
}

function seriesHead(series: ChartSeries, idx: number): string {
  const name = series.nameCell
    ? `<c:strRef><c:f>${formula(series.nameCell)}</c:f><c:strCache><c:ptCount val="1"/>` +
      `<c:pt idx="0"><c:v>${xmlText(series.name)}</c:v></c:pt></c:strCache></c:strRef>`
    : `<c:v>${xmlText(series.name)}</c:v>`
  return `<c:idx val="${idx}"/><c:order val="${idx}"/><c:tx>${name}</c:tx>`
}

function categories(spec: ChartSpec): string {
  // A string reference: quarter labels such as 2027-Q1 would otherwise be read as dates.
  return `<c:cat><c:strRef><c:f>${formula(spec.categories)}</c:f><c:strCache>` +
    `<c:ptCount val="${spec.categoryLabels.length}"/>` +
    spec.categoryLabels.map((label, i) => `<c:pt idx="${i}"><c:v>${xmlText(label)}</c:v></c:pt>`).join('') +
    '</c:strCache></c:strRef></c:cat>'
}

function values(series: ChartSeries): string {
  return `<c:val><c:numRef><c:f>${formula(series.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${series.cache.length}"/>` +
    series.cache.map((v, i) => v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('') +
    '</c:numCache></c:numRef></c:val>'
}

/** `'Quarterly Plan'!$F$5:$F$24`, quoting the sheet name as formulas require. */
export function formula(range: CellRange): string {
  return xmlText(`'${range.sheet.replace(/'/g, "''")}'!${range.ref}`)
}

function categoryAxis(id: number, crossAx: number, hidden: boolean, axisTitle?: string, horizontal = false): string {
  // Quarter labels run up the bottom axis; a horizontal chart's labels read across on the left.
  const rotation = horizontal ? '' : ' rot="-2700000" vert="horz"'
  return `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="${hidden ? 1 : 0}"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    (axisTitle ? title(axisTitle, 1000) : '') +
    '<c:numFmt formatCode="@" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    '<c:spPr><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    `<c:txPr><a:bodyPr${rotation}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:crossAx val="${crossAx}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
}

interface ValueAxisPlacement {
  position: 'l' | 'r' | 'b'
  crosses: 'autoZero' | 'max'
  crossBetween: 'between' | 'midCat'
  gridlines: boolean
  /** Labels only: no title, line or tick marks (an axis laid over the primary one). */
  bare?: boolean
}

function valueAxis(id: number, crossAx: number, axis: ChartAxis, placement: ValueAxisPlacement): string {
  const { position, crosses, crossBetween, gridlines, bare = false } = placement
  const scaling = '<c:scaling><c:orientation val="minMax"/>' +
    (axis.max !== undefined ? `<c:max val="${axis.max}"/>` : '') +
    (axis.min !== undefined ? `<c:min val="${axis.min}"/>` : '') +
    '</c:scaling>'
  const gridline = (name: string, color: string) =>
    `<c:${name}><c:spPr><a:ln><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:${name}>`
  return `<c:valAx><c:axId val="${id}"/>${scaling}<c:delete val="0"/><c:axPos val="${position}"/>` +
    (gridlines ? gridline('majorGridlines', 'E7E6E6') : '') +
    (gridlines && axis.minorUnit !== undefined ? gridline('minorGridlines', 'E7E6E6') : '') +
    (bare ? '' : title(axis.title, 1000, position !== 'b')) +
    `<c:numFmt formatCode="${xmlText(axis.numFmt)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="${bare ? 'none' : 'out'}"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    (bare ? '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>' : '') +
    `<c:crossAx val="${crossAx}"/><c:crosses val="${crosses}"/><c:crossBetween val="${crossBetween}"/>` +
    (axis.majorUnit !== undefined ? `<c:majorUnit val="${axis.majorUnit}"/>` : '') +
    (axis.minorUnit !== undefined ? `<c:minorUnit val="${axis.minorUnit}"/>` : '') +
    '</c:valAx>'
}

function title(text: string, size: number, vertical = false): string {
  return '<c:title><c:tx><c:rich>' +
    `<a:bodyPr${vertical ? ' rot="-5400000" vert="horz"' : ''}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="1"/>` +
    `<a:t>${xmlText(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
}
