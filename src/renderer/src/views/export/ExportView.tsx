// Everything Rampart writes out: the board pack workbook, scenario files and chart images.
import { PageHeader } from '../../components/PageHeader'
import { BoardPackPanel } from './BoardPackPanel'
import { OtherExportsPanel } from './OtherExportsPanel'

export function ExportView(): React.JSX.Element {
  return (
    <div className="view export">
      <PageHeader title="Export" subtitle="A board pack workbook: summary, quarterly plan, uncertainty, warnings and comparisons" />
      <div className="grid-2">
        <BoardPackPanel />
        <OtherExportsPanel />
      </div>
    </div>
  )
}
