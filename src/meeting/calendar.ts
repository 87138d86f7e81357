/**
 * Add-to-calendar links a person can click: Google Calendar's and Outlook's event templates. Both take the
 * times in UTC, so they are right whatever zone the reader's calendar is in. No file to host (an .ics needs one).
 */

export interface CalendarEvent {
  title: string;
  start: string;
  end: string;
  details: string;
}

/** `20260324T140000Z`, the format Google's `dates` parameter takes. */
function compact(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compact(event.start)}/${compact(event.end)}`,
    details: event.details,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: new Date(event.start).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    enddt: new Date(event.end).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    body: event.details,
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params.toString()}`;
}
