// The scenario commands (./scenarioActions) bound to the window's workspace, client and notices.
import { useMemo } from 'react'
import { useRampart } from '../ipc/RampartProvider'
import { useNavigation } from './navigation'
import { useNotify } from './notices'
import { scenarioActions, type ScenarioActions } from './scenarioActions'
import { useWorkspace } from './workspace'

export function useScenarioActions(): ScenarioActions {
  const rampart = useRampart()
  const { scenarios, open, openScenario, closeScenario, refreshList, setField, flush } = useWorkspace()
  const notify = useNotify()
  const { go } = useNavigation()
  return useMemo(() => scenarioActions({
    rampart, notify, go, storage: window.localStorage, workspace: { scenarios, open, openScenario, closeScenario, refreshList, setField, flush }
  }), [rampart, notify, go, scenarios, open, openScenario, closeScenario, refreshList, setField, flush])
}
