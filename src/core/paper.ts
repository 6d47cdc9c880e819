// The paper the printed exports are laid out for: A4 or US Letter, chosen from the reader's
// locale unless they say otherwise (the CLI's --paper, the app's setting).
export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]

/** Territories whose default paper is US Letter (Unicode CLDR, supplemental paperSize). */
const LETTER_TERRITORIES = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE'])

/** `en-US`, `en_US.UTF-8`, `fr-CA` -> letter; `en-GB`, `de_DE`, `C`, `` -> a4. */
export function paperForLocale(locale: string): Paper {
  const territory = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})\b/i.exec(locale.trim())?.[1]?.toUpperCase()
  return territory !== undefined && LETTER_TERRITORIES.has(territory) ? 'letter' : 'a4'
}

export function isPaper(value: string): value is Paper {
  return (PAPERS as readonly string[]).includes(value)
}
