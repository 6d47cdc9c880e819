// The lists beside the scenarios: the bin, the backups and the recent files. They are read again
// whenever the scenario list changes (a delete fills the bin, an import adds a recent file) and
// when asked (a backup was made). A list main could not read keeps what it showed.
import { useEffect, useReducer, useState } from 'react'
import type { BackupInfo, BinEntry, RecentFile, ScenarioSummary } from '../../../../shared'
import { useRampart } from '../../ipc/RampartProvider'

export interface SideLists {
  bin: BinEntry[]
  backups: BackupInfo[]
  recent: RecentFile[]
}

export function useSideLists(scenarios: readonly ScenarioSummary[]): SideLists & { refresh: () => void } {
  const rampart = useRampart()
  const [lists, setLists] = useState<SideLists>({ bin: [], backups: [], recent: [] })
  const [asked, refresh] = useReducer((n: number) => n + 1, 0)

  useEffect(() => {
    let current = true
    void Promise.all([rampart.binList(), rampart.backupList(), rampart.fileRecent()]).then(([bin, backups, recent]) => {
      if (!current) return
      setLists((shown) => ({
        bin: bin.ok ? bin.value : shown.bin,
        backups: backups.ok ? backups.value : shown.backups,
        recent: recent.ok ? recent.value : shown.recent
      }))
    })
    return () => {
      current = false
    }
  }, [rampart, scenarios, asked])

  return { ...lists, refresh }
}
