/**
 * Usage filters: credentials never used, or idle for 90 days.
 */

import type { ApplicationPassword } from '../api/application-passwords';
import { parseUtc } from './dates';

/** The filter values of the "Usage" field. */
export type UsageFilter = 'never' | 'idle90';

export const IDLE_DAYS = 90;

/**
 * Tells whether a credential matches one usage filter.
 *
 * "Not used in the last 90 days" includes credentials never used at all.
 *
 * @param item   Credential.
 * @param filter Usage filter.
 * @param now    The present.
 */
export function matchesUsage(
	item: ApplicationPassword,
	filter: UsageFilter,
	now: Date
): boolean {
	if ( ! item.lastUsed ) {
		return true;
	}
	if ( filter === 'never' ) {
		return false;
	}
	const lastUsed = parseUtc( item.lastUsed );
	return (
		lastUsed !== null &&
		now.getTime() - lastUsed.getTime() > IDLE_DAYS * 24 * 60 * 60 * 1000
	);
}
