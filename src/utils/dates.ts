/**
 * Dates from core's application-password endpoints: UTC without a zone marker.
 */

import { dateI18n, getSettings, humanTimeDiff } from '@wordpress/date';

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses core's "2026-11-29T10:00:00" as UTC (not local time), or returns null when unreadable.
 *
 * @param value Date string from core.
 */
export function parseUtc( value: string ): Date | null {
	const date = new Date( HAS_ZONE.test( value ) ? value : `${ value }Z` );
	return Number.isNaN( date.getTime() ) ? null : date;
}

/**
 * Formats a UTC date from core in the site's timezone and date-time format.
 *
 * @param value Date string from core.
 */
export function formatSiteDateTime( value: string ): string {
	const date = parseUtc( value );
	if ( ! date ) {
		return value;
	}
	const { formats } = getSettings();
	return dateI18n( formats.datetime, date, undefined );
}

/**
 * Says how long ago a UTC date from core was, e.g. "3 days ago".
 *
 * @param value Date string from core.
 * @param now   The present, for tests.
 */
export function formatRelative(
	value: string,
	now: Date = new Date()
): string {
	const date = parseUtc( value );
	return date ? humanTimeDiff( date, now ) : value;
}
