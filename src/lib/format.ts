/** Display formats shared by every screen. */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "20 Jan 2025" from "2025-01-20". */
export function formatDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const tierLabels = {
  preferred: 'Preferred',
  alternative: 'Alternative',
  consider: 'Consider',
} as const;
