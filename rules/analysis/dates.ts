/** Swedish month names, January first. */
export const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Whether day/month/year is a real calendar date. */
export function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "15 april 2025": the form Myndigheternas skrivregler §12.3.1 wants in running text. */
export function writtenDate(year: number, month: number, day: number): string {
  return `${day} ${months[month - 1]} ${year}`;
}

/** The Monday of ISO week `week` in `year` (UTC). */
export function isoWeekMonday(year: number, week: number): Date {
  const januaryFourth = new Date(Date.UTC(year, 0, 4));
  const weekday = januaryFourth.getUTCDay() || 7;
  return new Date(Date.UTC(year, 0, 4 - (weekday - 1) + 7 * (week - 1)));
}

/** How many ISO weeks a year has (52 or 53). */
export function isoWeeksIn(year: number): number {
  const december28 = new Date(Date.UTC(year, 11, 28));
  const monday = isoWeekMonday(year, 1);
  return Math.floor((december28.getTime() - monday.getTime()) / (7 * 86_400_000)) + 1;
}

/** "22–28 december", "29 december–4 januari": the days of an ISO week. */
export function weekSpan(year: number, week: number): string {
  const monday = isoWeekMonday(year, week);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const from = `${monday.getUTCDate()}`;
  const to = `${sunday.getUTCDate()} ${months[sunday.getUTCMonth()]}`;
  return monday.getUTCMonth() === sunday.getUTCMonth() ? `${from}–${to}` : `${from} ${months[monday.getUTCMonth()]}–${to}`;
}
