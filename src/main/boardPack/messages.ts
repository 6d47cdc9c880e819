// Messages between the main process and the board-pack worker thread.
import type { ScenarioDoc } from '../../core/scenario'
import type { ExportProgress, FieldError } from '../../shared'

export interface BoardPackJob {
  docs: ScenarioDoc[]
  seed?: number
  samples?: number
  /** ISO time stamped into the workbook. */
  generatedAt: string
}

export type WorkerMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; workbook: Uint8Array }
  | { type: 'failed'; message: string; errors: FieldError[] | null }
