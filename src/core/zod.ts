// zod, configured once for every bundle that validates (window, simulation worker, main, CLI).
// `jitless`: zod would otherwise probe `new Function('')` to compile fast object parsers. The
// app's CSP (script-src 'self', no 'unsafe-eval') refuses that, and although zod catches the
// refusal, Chromium still reports a CSP violation on every start, in the window and in the worker.
// The setting is read when a schema is constructed, so it must run before any schema module's
// body: every import of zod goes through this file (enforced by `npm run lint`).
import { z } from 'zod'

z.config({ jitless: true })

export { z }
