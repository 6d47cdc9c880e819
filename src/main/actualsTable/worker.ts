// Worker thread entry (built as out/main/actualsTableWorker.js): reads one export of actuals with
// the code the CLI runs in-process (src/files/actualsTable.ts: the regular-file and size checks,
// then papaparse or exceljs), so a large workbook never freezes the windows while it parses.
import type { ActualsTable } from '../../core/actualsImport'
import { readActualsTable } from '../../files/actualsTable'
import { serveWorkerJob } from '../workerJobs/serveWorkerJob'

serveWorkerJob<string, ActualsTable>(readActualsTable)
