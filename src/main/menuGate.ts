// Menu commands act on what the user sees in the planner page, so they are passed on only while
// the user is in that page. Undo, Redo and New Scenario are the app's own menu items, and on
// macOS their shortcuts reach the menu from anywhere in the app (electron/electron#34694): Cmd+Z
// typed in a native save sheet or in the developer tools would otherwise undo a scenario edit,
// and Cmd+N would create a scenario behind an open sheet. A command given then is dropped, as a
// disabled menu item would drop it; the user gives it again in the page.
import type { MenuCommand } from '../shared'

export interface MenuGatePorts {
  /** A native dialog (a save sheet, say) is waiting for the user. */
  nativeDialogOpen(): boolean
  /** The planner's window is the focused window and its page (not the developer tools) has focus. */
  pageHasFocus(): boolean
}

export function gateMenuCommands(send: (command: MenuCommand) => void, ports: MenuGatePorts): (command: MenuCommand) => void {
  return (command) => {
    if (ports.nativeDialogOpen() || !ports.pageHasFocus()) return
    send(command)
  }
}
