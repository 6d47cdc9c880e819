import { describe, expect, it } from 'vitest'
import { chartSchemaProblems, normalizeChartXml } from './chartSchema'

// A line series as pptxgenjs 4.0.1 writes it in a chart of several types: invertIfNegative (a bar
// series element) and the marker after the data labels; a bar chart naming a third axis.
const RAW = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<c:chartSpace xmlns:c="c" xmlns:a="a"><c:chart><c:plotArea><c:layout/>' +
  '<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>' +
  '<c:ser>  <c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f></c:strRef></c:tx>' +
  '<c:spPr><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill><a:effectLst/></c:spPr><c:invertIfNegative val="0"/>' +
  '<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f></c:numRef></c:val></c:ser>' +
  '<c:gapWidth val="150"/><c:overlap val="100"/><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart>' +
  '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="1"/><c:order val="1"/>' +
  '<c:tx><c:strRef><c:f>Sheet1!$C$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Budget &amp; band</c:v></c:pt></c:strCache></c:strRef></c:tx>' +
  '<c:spPr><a:ln w="25400"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="solid"/></a:ln></c:spPr>' +
  '<c:invertIfNegative val="0"/><c:dLbls><c:showVal val="0"/><c:numFmt formatCode="General" sourceLinked="0"/></c:dLbls>' +
  '<c:marker><c:symbol val="none"/></c:marker><c:val><c:numRef><c:f>Sheet1!$C$2:$C$3</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>' +
  '<c:axId val="1"/><c:axId val="2"/></c:lineChart>' +
  '<c:catAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
  '<c:crossAx val="1"/><c:numFmt formatCode="General" sourceLinked="0"/></c:catAx>' +
  '<c:valAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
  '<c:crossAx val="2"/></c:valAx></c:plotArea></c:chart></c:chartSpace>'

describe('the chart schema order', () => {
  it('finds what pptxgenjs writes out of place', () => {
    expect(chartSchemaProblems(RAW)).toEqual([
      'c:chartSpace/c:chart[0]/c:plotArea[0]/c:barChart[1]: <c:barChart> has 3 axis ids, not 2',
      'c:chartSpace/c:chart[0]/c:plotArea[0]/c:lineChart[2]/c:ser[2]: <c:invertIfNegative> is not allowed in <c:ser>',
      'c:chartSpace/c:chart[0]/c:plotArea[0]/c:lineChart[2]/c:ser[2]: <c:marker> comes too late in <c:ser>',
      'c:chartSpace/c:chart[0]/c:plotArea[0]/c:lineChart[2]/c:ser[2]/c:dLbls[5]: <c:numFmt> comes too late in <c:dLbls>',
      'c:chartSpace/c:chart[0]/c:plotArea[0]/c:catAx[3]: <c:numFmt> comes too late in <c:catAx>'
    ])
  })

  it('puts every element where the schema wants it and keeps text and repeated elements as they were', () => {
    const fixed = normalizeChartXml(RAW)
    expect(chartSchemaProblems(fixed)).toEqual([])
    expect(fixed.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="c" xmlns:a="a">')).toBe(true)
    expect(fixed).toContain('<c:spPr><a:ln w="25400"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="solid"/></a:ln></c:spPr>' +
      '<c:marker><c:symbol val="none"/></c:marker><c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:showVal val="0"/></c:dLbls>')
    expect(fixed).toContain('<c:v>Budget &amp; band</c:v>')
    expect(fixed).toContain('<c:overlap val="100"/><c:axId val="1"/><c:axId val="2"/></c:barChart>')
    // A bar series keeps invertIfNegative, which its schema allows.
    expect(fixed).toContain('<a:effectLst/></c:spPr><c:invertIfNegative val="0"/><c:val>')
    expect(fixed.match(/invertIfNegative/g)).toHaveLength(1)
    expect(fixed).toContain('<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:crossAx val="1"/>')
  })

  it('refuses XML whose elements do not nest', () => {
    expect(() => normalizeChartXml('<c:chartSpace><c:chart></c:chartSpace>')).toThrow('closes')
  })
})
