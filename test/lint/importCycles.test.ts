// No two modules of ours import each other, directly or around a loop, type-only imports
// included: a cycle means a type or helper lives in the wrong file (the board-pack sheets once
// had one, Hiring and Tools <-> Quarterly Plan, until their link types got sheets/links.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '..', '..', 'src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The files of ours that `file` imports or re-exports (relative specifiers only). */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return []
    const base = resolve(dirname(file), fileName)
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate))
    return found ? [found] : []
  })
}

function importCycles(files: readonly string[]): string[][] {
  const edges = new Map(files.map((file) => [file, localImports(file)]))
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const cycles: string[][] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)))
      else if (!state.has(next) && edges.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of edges.keys()) if (!state.has(file)) visit(file)
  return cycles
}

describe('imports', () => {
  it('form no cycle anywhere in src', () => {
    const files = sourceFiles(SRC)
    expect(files.length).toBeGreaterThan(100)
    expect(importCycles(files)).toEqual([])
  })
})
