// A part's relationships (`_rels/*.rels`): which other parts it refers to, by id.
import { xmlText } from '../text'

export interface Relationship {
  id: string
  type: string
  target: string
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    relationships.map((r) => `<Relationship Id="${xmlText(r.id)}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join('') +
    '</Relationships>'
}
