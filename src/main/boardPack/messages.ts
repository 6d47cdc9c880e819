// Messages between the main process and the board-pack worker thread (workbook or deck).
import type { ScenarioDoc } from '../../core/scenario'
import type { ExportProgress, FieldError } from '../../shared'
import type { BoardPackOptions } from '../ipc/deps'

export interface BoardPackJob extends BoardPackOptions {
  docs: ScenarioDoc[]
  /** ISO time stamped into the workbook or deck. */
  generatedAt: string
}

export type WorkerMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; workbook: Uint8Array }
  | { type: 'failed'; message: string; errors: FieldError[] | null }
