// "Saved · revision 12", "Saving…", or why the latest edit is not saved yet.
import { useWorkspace } from '../session/workspace'

export function SaveStatus(): React.JSX.Element {
  const { saveState, open } = useWorkspace()
  let text: string
  let tone = 'ok'
  switch (saveState.kind) {
    case 'saved': text = `Saved · revision ${saveState.revision || open?.revision || 1}`; break
    case 'pending': text = 'Unsaved changes…'; tone = 'busy'; break
    case 'saving': text = 'Saving…'; tone = 'busy'; break
    case 'invalid': text = `Not saved: fix ${saveState.errorCount} ${saveState.errorCount === 1 ? 'field' : 'fields'}`; tone = 'bad'; break
    case 'failed': text = `Not saved: ${saveState.message}`; tone = 'bad'; break
  }
  return <div className={`save-status save-${tone}`} role="status" data-testid="save-status">{text}</div>
}
