// js-yaml comes with electron-builder but without types; the packaging test needs only `load`.
declare module 'js-yaml' {
  export function load(text: string): unknown
}
