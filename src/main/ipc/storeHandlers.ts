// Handlers that read and write the database: scenarios, revisions, the bin, actuals, backups.
import type { HandlerDeps } from './deps'
import { InputError } from '../../core/inputError'
import type { HandlerImpls } from './registry'
import { backupOf, binEntryOf, storedOf, summaryOf } from './shapes'

type StoreChannels =
  | `app/${string}` | `scenario/${string}` | `revision/${string}` | `bin/${string}` | `actual/${string}` | `backup/${string}`

export function createStoreHandlers(deps: HandlerDeps): Pick<HandlerImpls, Extract<keyof HandlerImpls, StoreChannels>> {
  const store = () => deps.database.store
  return {
    'app/info': () => ({ version: deps.app.version, platform: deps.app.platform }),
    'app/ready': () => deps.lifecycle?.ready(),
    'app/flushed': () => deps.lifecycle?.flushed(),
    'scenario/list': () => store().listScenarios().map(summaryOf),
    'scenario/get': (id) => storedOf(store().getScenario(id)),
    'scenario/create': (document) => storedOf(store().createScenario(document)),
    'scenario/save': ({ id, document }) => storedOf(store().saveScenario(id, document)),
    'scenario/duplicate': ({ id, name }) => storedOf(store().duplicateScenario(id, name)),
    'scenario/delete': (id) => {
      store().deleteScenario(id)
      return store().listBin().map(binEntryOf)
    },
    'revision/list': (id) => store().listRevisions(id),
    'revision/get': ({ id, revision }) => {
      const info = store().listRevisions(id).find((candidate) => candidate.revision === revision)
      if (!info) throw InputError.at('revision', `scenario ${id} has no revision ${revision}`)
      return { ...info, scenarioId: id, document: store().getRevision(id, revision) }
    },
    'revision/restore': ({ id, revision }) => storedOf(store().restoreRevision(id, revision)),
    'bin/list': () => store().listBin().map(binEntryOf),
    'bin/restore': (id) => storedOf(store().restoreFromBin(id)),
    'bin/empty': () => ({ removed: store().emptyBin() }),
    'actual/list': (id) => store().listActuals(id),
    'actual/save': ({ id, actual }) => store().saveActual(id, actual),
    'backup/now': async () => backupOf(await store().backupNow()),
    'backup/list': () => store().listBackups().map(backupOf),
    'backup/restore': async (name) => (await deps.database.restoreBackup(name)).listScenarios().map(summaryOf)
  }
}
