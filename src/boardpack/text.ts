// User text (scenario and program names) goes into cells, XML parts and print headers. In cells
// exceljs writes it as a plain string, which Excel never evaluates; these helpers cover the other
// places where text has a meaning of its own.

// Characters XML 1.0 cannot carry at all, and unpaired surrogate halves.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escapes text for an XML element or attribute value, dropping characters XML cannot carry. */
export function xmlText(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Shortens text to at most `max` characters (whole code points), marking the cut with "…". */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * Text for a print header or footer, where `&` starts a control code (`&P` page number, `&"font"`,
 * ...): doubled, it prints a literal ampersand. Kept short because Excel rejects a header or
 * footer longer than 255 characters in total.
 */
export function headerFooterText(text: string, max = 60): string {
  return truncate(text.replace(/[\r\n\t]+/g, ' '), max).replace(/&/g, '&&')
}

/** User text for a slide, on one line (a line break would start a new paragraph there), without
 * characters XML cannot carry, at most `max` characters. */
export function oneLine(text: string, max: number): string {
  return truncate(text.replace(XML_INVALID, '').replace(/[\r\n\t]+/g, ' '), max)
}
