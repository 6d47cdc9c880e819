// JSON paths such as `hires[2].quarter`: the same strings the engine's validation reports, so a
// field can find its own error message and the warnings list can link to the field.

export type PathKey = string | number

export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = []
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match) throw new Error(`not a field path: ${path}`)
    if (match[1] !== '') keys.push(match[1])
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]))
  }
  return keys
}

/** A copy of `root` with the value at `path` replaced; `undefined` removes an object key. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setKeys(root, parsePath(path), value) as T
}

function setKeys(node: unknown, keys: PathKey[], value: unknown): unknown {
  if (keys.length === 0) return value
  const [key, ...rest] = keys
  if (typeof key === 'number') {
    const array = Array.isArray(node) ? [...node] : []
    array[key] = setKeys(array[key], rest, value)
    return array
  }
  const object = { ...(node !== null && typeof node === 'object' ? node : {}) } as Record<string, unknown>
  const next = setKeys(object[key], rest, value)
  if (next === undefined) delete object[key]
  else object[key] = next
  return object
}

/** The IPC handlers report document fields under `document.`; the editor knows them without it. */
export function documentPath(path: string): string {
  return path.startsWith('document.') ? path.slice('document.'.length) : path
}
