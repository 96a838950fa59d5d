/**
 * An article date as readers expect it: relative ("3 hours ago") within a day of now, absolute
 * ("9 November 2026") after, in the page's language. Pure functions: no DOM, unit-testable.
 */
import { dateFormat } from '../core/localize.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface FormattedDate {
  text: string;
  /** The full date and time, for a tooltip. */
  full: string;
  relative: boolean;
}

/** The date of an ISO string, or undefined when it isn't one. */
export function parseDate(value: string | null | undefined): Date | undefined {
  if (!value?.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDate(date: Date, now: number, lang: string): FormattedDate {
  const diff = date.getTime() - now;
  const abs = Math.abs(diff);
  const full = dateFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(date);
  if (abs >= DAY) return { text: dateFormat(lang, { dateStyle: 'long' }).format(date), full, relative: false };
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const text =
    abs < 45_000
      ? relative.format(0, 'second')
      : abs < HOUR
        ? relative.format(Math.round(diff / MINUTE), 'minute')
        : relative.format(Math.round(diff / HOUR), 'hour');
  return { text, full, relative: true };
}
