// The job the main process gives the board-pack worker thread (workbook or deck).
import type { ScenarioDoc } from '../../core/scenario'
import type { BoardPackOptions } from '../ipc/deps'

export interface BoardPackJob extends BoardPackOptions {
  docs: ScenarioDoc[]
  /** ISO time stamped into the workbook or deck. */
  generatedAt: string
}
