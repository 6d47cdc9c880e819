import PptxGenJS from 'pptxgenjs'
import { describe, expect, it } from 'vitest'
import { addTable, CONTENT_WIDTH, SLIDE } from './slideKit'

describe('addTable', () => {
  const slide = () => new PptxGenJS().addSlide()

  it('takes a table that ends exactly at the right margin', () => {
    expect(() => addTable(slide(), [{ header: 'A', width: CONTENT_WIDTH / 2 }, { header: 'B', width: CONTENT_WIDTH / 2 }],
      [['1', '2']], { x: SLIDE.margin, y: 1 })).not.toThrow()
  })

  it('refuses a table that runs past the right margin, naming it and where it ends', () => {
    expect(() => addTable(slide(), [{ header: 'Phase', width: 3 }, { header: 'When', width: 2.5 }], [['Growth', '2028-Q3']],
      { x: 8.1, y: 1 })).toThrow('deck table "Phase" ends at 13.60 in, past the right margin')
  })
})
