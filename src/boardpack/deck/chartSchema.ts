// The DrawingML chart schema's element order (ECMA-376 Part 1, dml-chart.xsd, and the shape and
// text properties of dml-main.xsd), for the chart parts of the deck. PowerPoint refuses or
// "repairs" a chart whose elements are out of order or not allowed where they are; LibreOffice
// does not care, so a test in LibreOffice alone would never notice. pptxgenjs 4.0.1 writes some
// elements in the wrong place (a line series' marker after its labels, `invertIfNegative` in line
// series, a third axis id in 2-D charts): `normalizeChartXml` puts every child where the schema
// wants it and drops what the schema does not allow, and `chartSchemaProblems` lists what is
// still wrong, for the tests.

/** Child elements of each complex type, in schema order; alternatives share a position. */
const SEQUENCES: Readonly<Record<string, readonly (string | readonly string[])[]>> = {
  'c:chartSpace': ['c:date1904', 'c:lang', 'c:roundedCorners', 'mc:AlternateContent', 'c:style', 'c:clrMapOvr', 'c:pivotSource',
    'c:protection', 'c:chart', 'c:spPr', 'c:txPr', 'c:externalData', 'c:printSettings', 'c:userShapes', 'c:extLst'],
  'c:chart': ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea',
    'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs', 'c:showDLblsOverMax', 'c:extLst'],
  'c:title': ['c:tx', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'c:tx': [['c:strRef', 'c:rich', 'c:v']],
  'c:plotArea': ['c:layout',
    ['c:areaChart', 'c:area3DChart', 'c:lineChart', 'c:line3DChart', 'c:stockChart', 'c:radarChart', 'c:scatterChart', 'c:pieChart',
      'c:pie3DChart', 'c:doughnutChart', 'c:barChart', 'c:bar3DChart', 'c:ofPieChart', 'c:surfaceChart', 'c:surface3DChart',
      'c:bubbleChart'],
    ['c:valAx', 'c:catAx', 'c:dateAx', 'c:serAx'], 'c:dTable', 'c:spPr', 'c:extLst'],
  'c:barChart': ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines', 'c:axId',
    'c:extLst'],
  'c:lineChart': ['c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:dropLines', 'c:hiLowLines', 'c:upDownBars', 'c:marker',
    'c:smooth', 'c:axId', 'c:extLst'],
  'c:areaChart': ['c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:dropLines', 'c:axId', 'c:extLst'],
  'c:barChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:pictureOptions', 'c:dPt', 'c:dLbls',
    'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:shape', 'c:extLst'],
  'c:lineChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat',
    'c:val', 'c:smooth', 'c:extLst'],
  'c:areaChart/c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:pictureOptions', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars',
    'c:cat', 'c:val', 'c:extLst'],
  'c:dPt': ['c:idx', 'c:invertIfNegative', 'c:marker', 'c:bubble3D', 'c:explosion', 'c:spPr', 'c:pictureOptions', 'c:extLst'],
  'c:dLbls': ['c:dLbl', ['c:delete', 'c:numFmt'], 'c:spPr', 'c:txPr', 'c:dLblPos', 'c:showLegendKey', 'c:showVal', 'c:showCatName',
    'c:showSerName', 'c:showPercent', 'c:showBubbleSize', 'c:separator', 'c:showLeaderLines', 'c:leaderLines', 'c:extLst'],
  'c:marker': ['c:symbol', 'c:size', 'c:spPr', 'c:extLst'],
  'c:cat': [['c:multiLvlStrRef', 'c:numRef', 'c:numLit', 'c:strRef', 'c:strLit']],
  'c:val': [['c:numRef', 'c:numLit']],
  'c:strRef': ['c:f', 'c:strCache', 'c:extLst'],
  'c:numRef': ['c:f', 'c:numCache', 'c:extLst'],
  'c:multiLvlStrRef': ['c:f', 'c:multiLvlStrCache', 'c:extLst'],
  'c:strCache': ['c:ptCount', 'c:pt', 'c:extLst'],
  'c:numCache': ['c:formatCode', 'c:ptCount', 'c:pt', 'c:extLst'],
  'c:multiLvlStrCache': ['c:ptCount', 'c:lvl', 'c:extLst'],
  'c:catAx': ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt',
    'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', ['c:crosses', 'c:crossesAt'], 'c:auto',
    'c:lblAlgn', 'c:lblOffset', 'c:tickLblSkip', 'c:tickMarkSkip', 'c:noMultiLvlLbl', 'c:extLst'],
  'c:valAx': ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt',
    'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', ['c:crosses', 'c:crossesAt'],
    'c:crossBetween', 'c:majorUnit', 'c:minorUnit', 'c:dispUnits', 'c:extLst'],
  'c:scaling': ['c:logBase', 'c:orientation', 'c:max', 'c:min', 'c:extLst'],
  'c:legend': ['c:legendPos', 'c:legendEntry', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'c:legendEntry': ['c:idx', ['c:delete', 'c:txPr'], 'c:extLst'],
  'c:majorGridlines': ['c:spPr'],
  'c:minorGridlines': ['c:spPr'],
  'c:layout': ['c:manualLayout', 'c:extLst'],
  'c:manualLayout': ['c:layoutTarget', 'c:xMode', 'c:yMode', 'c:wMode', 'c:hMode', 'c:x', 'c:y', 'c:w', 'c:h', 'c:extLst'],
  'c:externalData': ['c:autoUpdate'],
  'c:spPr': ['a:xfrm', ['a:custGeom', 'a:prstGeom'], ['a:noFill', 'a:solidFill', 'a:gradFill', 'a:blipFill', 'a:pattFill', 'a:grpFill'],
    'a:ln', ['a:effectLst', 'a:effectDag'], 'a:scene3d', 'a:sp3d', 'a:extLst'],
  'a:ln': [['a:noFill', 'a:solidFill', 'a:gradFill', 'a:pattFill'], ['a:prstDash', 'a:custDash'], ['a:round', 'a:bevel', 'a:miter'],
    'a:headEnd', 'a:tailEnd', 'a:extLst'],
  'c:txPr': ['a:bodyPr', 'a:lstStyle', 'a:p'],
  'c:rich': ['a:bodyPr', 'a:lstStyle', 'a:p'],
  'a:p': ['a:pPr', ['a:r', 'a:br', 'a:fld'], 'a:endParaRPr'],
  'a:pPr': ['a:lnSpc', 'a:spcBef', 'a:spcAft', ['a:buClrTx', 'a:buClr'], ['a:buSzTx', 'a:buSzPct', 'a:buSzPts'],
    ['a:buFontTx', 'a:buFont'], ['a:buNone', 'a:buAutoNum', 'a:buChar', 'a:buBlip'], 'a:tabLst', 'a:defRPr', 'a:extLst'],
  'a:r': ['a:rPr', 'a:t']
}

/** Text properties (`a:defRPr`, `a:rPr`, `a:endParaRPr`) share one sequence. */
const TEXT_PROPERTIES: readonly (string | readonly string[])[] = ['a:ln',
  ['a:noFill', 'a:solidFill', 'a:gradFill', 'a:blipFill', 'a:pattFill', 'a:grpFill'], ['a:effectLst', 'a:effectDag'], 'a:highlight',
  ['a:uLnTx', 'a:uLn'], ['a:uFillTx', 'a:uFill'], 'a:latin', 'a:ea', 'a:cs', 'a:sym', 'a:hlinkClick', 'a:hlinkMouseOver', 'a:rtl',
  'a:extLst']

/** Chart groups on two axes, which name exactly two axis ids. */
const TWO_AXIS_CHARTS = new Set(['c:barChart', 'c:lineChart', 'c:areaChart'])

interface XmlElement {
  name: string
  /** The attributes as written, with their leading space. */
  attributes: string
  children: XmlNode[]
}

type XmlNode = XmlElement | { text: string }

const isElement = (node: XmlNode): node is XmlElement => 'name' in node

function sequenceOf(element: XmlElement, parent: XmlElement | null): readonly (string | readonly string[])[] | undefined {
  if (['a:defRPr', 'a:rPr', 'a:endParaRPr'].includes(element.name)) return TEXT_PROPERTIES
  if (element.name === 'c:ser' && parent) return SEQUENCES[`${parent.name}/c:ser`]
  return SEQUENCES[element.name]
}

/** Position of a child in its parent's sequence, or -1 when the schema does not allow it there. */
function positionIn(sequence: readonly (string | readonly string[])[], name: string): number {
  return sequence.findIndex((entry) => (typeof entry === 'string' ? entry === name : entry.includes(name)))
}

/** Parses the chart parts' XML: elements, attributes kept as written, text; no DTDs or CDATA. */
function parse(xml: string): { declaration: string; root: XmlElement } {
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g
  const top: XmlElement = { name: '#document', attributes: '', children: [] }
  const stack: XmlElement[] = [top]
  let declaration = ''
  for (const match of xml.matchAll(token)) {
    const [whole, closing, opening, attributes, selfClosing, text] = match
    const current = stack[stack.length - 1]
    if (whole.startsWith('<?')) {
      declaration = whole
    } else if (whole.startsWith('<!--')) {
      continue
    } else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`chart XML: </${closing}> closes <${current.name}>`)
      stack.pop()
    } else if (opening !== undefined) {
      const element: XmlElement = { name: opening, attributes: attributes ?? '', children: [] }
      current.children.push(element)
      if (selfClosing !== '/') stack.push(element)
    } else if (text !== undefined) {
      current.children.push({ text })
    }
  }
  const root = top.children.find(isElement)
  if (stack.length !== 1 || !root) throw new Error('chart XML: unbalanced elements')
  return { declaration, root }
}

function serialize(node: XmlNode): string {
  if (!isElement(node)) return node.text
  if (node.children.length === 0) return `<${node.name}${node.attributes}/>`
  return `<${node.name}${node.attributes}>${node.children.map(serialize).join('')}</${node.name}>`
}

const valOf = (element: XmlElement) => /\bval="([^"]*)"/.exec(element.attributes)?.[1]

/** The chart part with every element where the schema puts it. */
export function normalizeChartXml(xml: string): string {
  const { declaration, root } = parse(xml)
  const axisIds = new Set<string>()
  const collectAxes = (element: XmlElement) => {
    if (['c:catAx', 'c:valAx', 'c:dateAx', 'c:serAx'].includes(element.name)) {
      const id = element.children.find((c): c is XmlElement => isElement(c) && c.name === 'c:axId')
      if (id) axisIds.add(valOf(id) ?? '')
    }
    element.children.filter(isElement).forEach(collectAxes)
  }
  collectAxes(root)
  const visit = (element: XmlElement, parent: XmlElement | null) => {
    const elements = element.children.filter(isElement)
    // Whitespace between elements is layout only; text inside a leaf (a:t, c:v) is content.
    if (elements.length > 0) element.children = elements
    const sequence = sequenceOf(element, parent)
    if (sequence) {
      let children = elements.filter((child) => positionIn(sequence, child.name) >= 0)
      if (TWO_AXIS_CHARTS.has(element.name)) {
        let kept = 0
        children = children.filter((child) => child.name !== 'c:axId' || (axisIds.has(valOf(child) ?? '') && ++kept <= 2))
      }
      // A stable sort keeps repeated elements (series, points) in their order.
      element.children = children
        .map((child, i) => ({ child, i, position: positionIn(sequence, child.name) }))
        .sort((a, b) => a.position - b.position || a.i - b.i)
        .map(({ child }) => child)
    }
    element.children.filter(isElement).forEach((child) => visit(child, element))
  }
  visit(root, null)
  return `${declaration}${serialize(root)}`
}

/** What the schema would refuse in a chart part: elements out of order or not allowed where they
 * are, and 2-D chart groups without exactly two axis ids. Empty when the part is valid. */
export function chartSchemaProblems(xml: string): string[] {
  const { root } = parse(xml)
  const problems: string[] = []
  const visit = (element: XmlElement, parent: XmlElement | null, path: string) => {
    const elements = element.children.filter(isElement)
    const sequence = sequenceOf(element, parent)
    if (sequence) {
      let last = -1
      for (const child of elements) {
        const position = positionIn(sequence, child.name)
        if (position < 0) problems.push(`${path}: <${child.name}> is not allowed in <${element.name}>`)
        else if (position < last) problems.push(`${path}: <${child.name}> comes too late in <${element.name}>`)
        else last = position
      }
    }
    if (TWO_AXIS_CHARTS.has(element.name)) {
      const ids = elements.filter((c) => c.name === 'c:axId').length
      if (ids !== 2) problems.push(`${path}: <${element.name}> has ${ids} axis ids, not 2`)
    }
    elements.forEach((child, i) => visit(child, element, `${path}/${child.name}[${i}]`))
  }
  visit(root, null, root.name)
  return problems
}
