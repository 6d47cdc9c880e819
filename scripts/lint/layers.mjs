// The dependency direction between Rampart's layers, enforced on every import (in the spirit of
// VS Code's `code-layering` rule). docs/architecture.md draws the same table.
import { builtinModules } from 'node:module'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

/** Each layer and the layers of ours it may import (itself included). */
export const LAYERS = {
  core: ['core'],
  shared: ['shared', 'core'],
  files: ['files', 'core'],
  store: ['store', 'files', 'core'],
  boardpack: ['boardpack', 'files', 'core'],
  main: ['main', 'shared', 'store', 'boardpack', 'files', 'core'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared', 'core'],
  cli: ['cli', 'store', 'boardpack', 'files', 'core']
}

/** Packages a layer may not import, beyond the rules that follow from the table. */
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const forbiddenPackage = {
  // The engine is plain data in, plain data out: it imports nothing but zod.
  core: (name) => name !== 'zod',
  shared: (name) => name !== 'zod' && name !== 'electron',
  renderer: (name) => NODE_BUILTINS.has(name) || name === 'electron' || name.startsWith('electron/') || name === 'better-sqlite3',
  preload: (name) => name !== 'electron',
  store: (name) => name === 'electron' || name.startsWith('electron/'),
  boardpack: (name) => name === 'electron' || name.startsWith('electron/'),
  files: (name) => name === 'electron' || name.startsWith('electron/'),
  cli: (name) => name === 'electron' || name.startsWith('electron/'),
  main: () => false
}

function layerOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep)
  if (relative[0] !== 'src') return null
  return relative[1] in LAYERS ? relative[1] : null
}

function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : specifier.startsWith('node:') ? specifier : parts[0]
}

const isTestFile = (file) => /\.test\.tsx?$/.test(file)

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the dependency direction between the layers of src/' },
    schema: [],
    messages: {
      layer: "src/{{from}} may not import src/{{to}} (allowed: {{allowed}}); see docs/architecture.md",
      outside: 'src/{{from}} may not import {{target}}, which is outside src/',
      pkg: "src/{{from}} may not import '{{name}}'; see docs/architecture.md"
    }
  },
  create(context) {
    const file = context.filename
    const from = layerOf(file)
    if (!from) return {}
    function check(node, specifier) {
      if (typeof specifier !== 'string') return
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier)
        const to = layerOf(target)
        if (to === null) {
          // Unit tests beside the code may use the shared test fixtures; nothing else leaves src/.
          if (isTestFile(file) && path.relative(ROOT, target).startsWith(`test${path.sep}`)) return
          context.report({ node, messageId: 'outside', data: { from, target: path.relative(ROOT, target) } })
        } else if (!LAYERS[from].includes(to)) {
          context.report({ node, messageId: 'layer', data: { from, to, allowed: LAYERS[from].join(', ') } })
        }
        return
      }
      const name = packageName(specifier)
      if (isTestFile(file) && (name === 'vitest' || name === 'fast-check' || NODE_BUILTINS.has(name))) return
      if (forbiddenPackage[from](name)) context.report({ node, messageId: 'pkg', data: { from, name } })
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value)
        }
      }
    }
  }
}
