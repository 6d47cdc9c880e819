// Dates and times as the window shows them ("27 Nov 2026, 10:00"), in the user's own time zone.
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** An ISO 8601 timestamp for people; `fallback` (the text as given, unless told) when it is not one. */
export function formatDateTime(iso: string, fallback = iso): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? fallback : dateTime.format(date)
}
