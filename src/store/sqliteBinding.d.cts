// Types of sqliteBinding.cjs (plain CommonJS, shared with scripts/sqlite-runtime.mjs).
export function runtimeKey(versions?: { electron?: string; modules: string }, platform?: string, arch?: string): string
export function keptBinding(key?: string): string
export function nativeBindingForThisRuntime(): string | undefined
