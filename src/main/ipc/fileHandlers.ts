// Handlers that touch the user's files: import (dialog, drag-and-drop, recent list), export of
// scenarios, chart images and the board pack. Every path written comes from a native dialog the
// user answered; every path read comes from a dialog or from the recent list.
import { basename } from 'node:path'
import { isImportableRecentFile, type Chosen, type FieldError, type ImportOutcome, type Paper, type RecentFile } from '../../shared'
import { assertNotDatabaseFile, parseImport, type ScenarioBundle } from '../../store'
import { isSameFile } from '../../files/samePath'
import { checkExportPath, readImportFile, writeExportFile } from '../files'
import type { WrittenFiles } from '../writtenFiles'
import type { FileFilter, HandlerDeps } from './deps'
import { InputError } from '../../core/inputError'
import type { HandlerImpls } from './registry'
import { summaryOf } from './shapes'

const SCENARIO_FILES: FileFilter[] = [{ name: 'Rampart scenario', extensions: ['json'] }]
const WORKBOOKS: FileFilter[] = [{ name: 'Excel workbook', extensions: ['xlsx'] }]
const DECKS: FileFilter[] = [{ name: 'PowerPoint presentation', extensions: ['pptx'] }]
const PNG_IMAGES: FileFilter[] = [{ name: 'PNG image', extensions: ['png'] }]
const BUILD_SHARE = 0.9
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

type FileChannels = `file/${string}` | `boardPack/${string}`

export function createFileHandlers(deps: HandlerDeps, written: WrittenFiles): Pick<HandlerImpls, Extract<keyof HandlerImpls, FileChannels>> {
  const store = () => deps.database.store
  const remember = (path: string, kind: RecentFile['kind']) => {
    const files = deps.recentFiles.add(path, kind)
    deps.onRecentFilesChanged?.(files)
  }

  /** Parses every file first, then imports them all in one transaction: all or nothing. */
  const importTexts = (files: { name: string; text: string }[]): ImportOutcome => {
    const bundles: ScenarioBundle[] = []
    const errors = files.flatMap((file) => {
      try {
        bundles.push(...parseImport(file.text))
        return []
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        return inFile(file.name, error.errors)
      }
    })
    if (errors.length > 0) throw new InputError(errors)
    return { imported: store().importBundles(bundles).map(summaryOf) }
  }

  const saveAs = async (title: string, defaultName: string, filters: FileFilter[]) =>
    deps.dialogs.saveFile({ title, defaultName: safeFileName(defaultName), filters })

  /** Refuses a path that is one of the app's own files: the database and its backups, the recent list. */
  const assertNotOwnFile = (path: string): void => {
    assertNotDatabaseFile(path, store().file, store().backupDir, 'path')
    for (const own of [deps.recentFiles.file, ...(deps.ownFiles ?? [])]) {
      if (isSameFile(path, own)) throw InputError.at('path', `${path} is one of Rampart's own files; choose another file`)
    }
  }

  /**
   * Writes an export, never over the app's own files, replacing only a regular file the dialog
   * confirmed; the window may then ask to open it or show it in its folder.
   */
  const writeExport = (path: string, content: string | Uint8Array): number => {
    assertNotOwnFile(path)
    const bytes = writeExportFile(path, content)
    written.record(path)
    return bytes
  }

  /** The workbook or deck of the scenarios `ids`, with their recorded actuals, saved where the user chooses. */
  const exportBoardPack = async (
    kind: 'workbook' | 'deck', ids: number[], options: { seed?: number; samples?: number; paper: Paper }
  ): Promise<Chosen<{ path: string; bytes: number }>> => {
    const docs = ids.map((id) => store().getScenario(id).document)
    const actuals = ids.map((id) => store().listActuals(id))
    const path = kind === 'deck'
      ? await saveAs('Export board deck', `${docs[0].name} board deck.pptx`, DECKS)
      : await saveAs('Export board pack', `${docs[0].name} board pack.xlsx`, WORKBOOKS)
    if (path === null) return { canceled: true }
    // Refuse a dangerous path before spending seconds on the export.
    assertNotOwnFile(path)
    checkExportPath(path)
    const progress = (stage: 'saving' | 'done' | 'failed', fraction: number, message: string) =>
      deps.send('boardPack/progress', { stage, fraction, message })
    try {
      // Building takes the first 90% of the bar; saving the file takes the rest.
      const built = await deps.buildBoardPack(docs, { kind, ...options, actuals }, (update) =>
        deps.send('boardPack/progress', { ...update, fraction: update.fraction * BUILD_SHARE }))
      progress('saving', BUILD_SHARE, `Saving ${basename(path)}`)
      const bytes = writeExport(path, built)
      progress('done', 1, `Saved ${basename(path)}`)
      remember(path, 'board-pack')
      return { canceled: false, path, bytes }
    } catch (error) {
      progress('failed', 1, `The board ${kind === 'deck' ? 'deck' : 'pack'} could not be exported`)
      throw error
    }
  }

  return {
    'file/import': async (): Promise<Chosen<ImportOutcome>> => {
      const paths = await deps.dialogs.openFiles({ title: 'Import scenarios', filters: SCENARIO_FILES })
      if (paths.length === 0) return { canceled: true }
      const outcome = importTexts(paths.map((path) => ({ name: basename(path), text: readImportFile(path) })))
      for (const path of paths) remember(path, 'import')
      return { canceled: false, ...outcome }
    },
    'file/importDropped': ({ name, text }) => importTexts([{ name, text }]),
    'file/importRecent': (path) => {
      const recent = deps.recentFiles.find(path)
      if (!recent) throw InputError.at('path', 'is not on the recent files list')
      if (!isImportableRecentFile(recent)) throw InputError.at('path', 'is a board pack, not a scenario file that can be imported')
      const outcome = importTexts([{ name: basename(path), text: readImportFile(path) }])
      remember(path, 'import')
      return outcome
    },
    'file/recent': () => deps.recentFiles.list(),
    'file/exportScenario': async (id) => {
      const scenario = store().getScenario(id)
      const text = store().exportScenario(id)
      const path = await saveAs('Export scenario', `${scenario.name}.json`, SCENARIO_FILES)
      if (path === null) return { canceled: true }
      writeExport(path, text)
      remember(path, 'export-scenario')
      return { canceled: false, path }
    },
    'file/exportAll': async () => {
      const text = store().exportAll()
      const path = await saveAs('Export all scenarios', 'Rampart scenarios.json', SCENARIO_FILES)
      if (path === null) return { canceled: true }
      writeExport(path, text)
      remember(path, 'export-all')
      return { canceled: false, path }
    },
    'file/saveChartImage': async ({ suggestedName, pngBase64 }) => {
      const image = Buffer.from(pngBase64, 'base64')
      if (!image.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
        throw InputError.at('pngBase64', 'is not a PNG image')
      }
      const path = await saveAs('Save chart', withExtension(suggestedName, '.png'), PNG_IMAGES)
      if (path === null) return { canceled: true }
      writeExport(path, image)
      return { canceled: false, path }
    },
    'boardPack/export': async ({ ids, seed, samples, paper }) =>
      exportBoardPack('workbook', ids, { seed, samples, paper: paper ?? deps.defaultPaper }),
    'boardPack/exportDeck': async ({ ids, seed, samples }) =>
      exportBoardPack('deck', ids, { seed, samples, paper: deps.defaultPaper })

  }
}

/** Names the file in each message, e.g. `plan.json: hires[2].quarter`. */
function inFile(name: string, errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: e.path === '(root)' ? name : `${name}: ${e.path}`, message: e.message }))
}

/** A default file name without characters that some file systems refuse. */
function safeFileName(name: string): string {
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120)
  return cleaned === '' ? 'Rampart' : cleaned
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`
}
