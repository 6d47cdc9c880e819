// Undo and redo from the keyboard (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y) and every command the
// application menu sends.
import { useEffect } from 'react'
import type { MenuCommand } from '../../../shared'
import { useRampart } from '../ipc/RampartProvider'
import { useNavigation } from './navigation'
import { useLatest } from './useLatest'
import { useScenarioActions } from './useScenarioActions'
import { useWorkspace } from './workspace'

export function useShortcutsAndMenu(): void {
  const workspace = useWorkspace()
  const actions = useScenarioActions()
  const { go } = useNavigation()
  const { onMenu } = useRampart()
  const latest = useLatest({ workspace, actions, go })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      // A question is open: nothing behind it changes until it is answered.
      if (isModalOpen()) return
      // Text boxes that are not part of the scenario (the check-in form, a rename box) keep the
      // browser's own undo; everything else undoes scenario edits.
      if (isFreeTextBox(event.target)) return
      const key = event.key.toLowerCase()
      const { workspace: w } = latest.current
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        w.undo()
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault()
        w.redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [latest])

  useEffect(() => onMenu((command: MenuCommand) => {
    const { workspace: w, actions: a, go: navigate } = latest.current
    if (isModalOpen()) return
    const openId = w.open?.id
    switch (command.command) {
      // The menu item acts where the keyboard shortcut would: in a free-text box, on its text.
      case 'undo': return isFreeTextBox(document.activeElement) ? void document.execCommand('undo') : w.undo()
      case 'redo': return isFreeTextBox(document.activeElement) ? void document.execCommand('redo') : w.redo()
      case 'new-scenario': return void a.createNew()
      case 'duplicate-scenario':
        if (openId !== undefined) void a.duplicate(openId, `${w.doc?.name ?? 'Scenario'} - what-if`)
        return
      case 'import': return void a.importFiles()
      case 'import-recent': return void a.importRecent(command.path)
      case 'export-scenario':
        if (openId !== undefined) void a.exportScenario(openId)
        return
      case 'export-all': return void a.exportAll()
      case 'export-board-pack': return navigate('export')
      case 'back-up-now': return void a.backUpNow()
      case 'restore': return navigate('scenarios')
    }
  }), [onMenu, latest])
}

function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null
}

/** Input types whose text the browser's own undo edits. */
const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password'])

/**
 * A box whose typing is not (yet) a scenario edit: the check-in form, a rename box. Scenario
 * fields (`data-field`) commit every keystroke to the scenario's history instead.
 */
function isFreeTextBox(target: EventTarget | null): boolean {
  const isText = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type))
  if (!isText) return false
  return !target.hasAttribute('data-field') || target.closest('[data-own-undo]') !== null
}
