import { describe, expect, it } from 'vitest'
import { withDrawingElement } from './packageCharts'

const open = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
const drawing = (id: string) =>
  `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${id}"/>`

describe('placing the <drawing> element in a sheet', () => {
  it('goes after the page setup, header/footer and breaks, before the table parts', () => {
    const sheet = `${open}<sheetData/><pageMargins/><pageSetup/><headerFooter><oddHeader>x</oddHeader></headerFooter>` +
      '<rowBreaks count="1"><brk id="3"/></rowBreaks><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
    expect(withDrawingElement(sheet, 'rId2')).toBe(
      `${open}<sheetData/><pageMargins/><pageSetup/><headerFooter><oddHeader>x</oddHeader></headerFooter>` +
      `<rowBreaks count="1"><brk id="3"/></rowBreaks>${drawing('rId2')}<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`)
  })

  it('goes before the sheet-level extension list, not into one nested in a conditional format', () => {
    const sheet = `${open}<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule>` +
      '</conditionalFormatting><pageSetup/><extLst><ext uri="x14"/></extLst></worksheet>'
    const result = withDrawingElement(sheet, 'rId1')
    expect(result).toContain(`<pageSetup/>${drawing('rId1')}<extLst><ext uri="x14"/></extLst></worksheet>`)
    expect(result).toContain('<cfRule type="dataBar"><extLst><ext/></extLst></cfRule>')
  })

  it('goes last when nothing follows it', () => {
    expect(withDrawingElement(`${open}<sheetData/></worksheet>`, 'rId7'))
      .toBe(`${open}<sheetData/>${drawing('rId7')}</worksheet>`)
  })

  it('refuses a sheet that already has a drawing rather than writing a second one', () => {
    expect(() => withDrawingElement(`${open}<sheetData/><drawing r:id="rId1"/></worksheet>`, 'rId2'))
      .toThrow('already has a <drawing>')
  })
})
