/**
 * Usage filters: credentials never used, or idle (neither used nor created for a while).
 */

import type { ApplicationPassword } from '../api/application-passwords';
import { parseUtc } from './dates';

/** The filter values of the "Usage" field. */
export type UsageFilter = 'never' | 'idle90';

const DAY_IN_MS = 24 * 60 * 60 * 1000;

/**
 * Tells whether a credential is idle: neither used nor created in the last `idleDays` days.
 *
 * @param item     Credential.
 * @param now      The present.
 * @param idleDays The idle limit the server set, from the boot data.
 */
export function isIdle(
	item: ApplicationPassword,
	now: Date,
	idleDays: number
): boolean {
	const lastActivity = Math.max(
		parseUtc( item.created )?.getTime() ?? 0,
		item.lastUsed ? ( parseUtc( item.lastUsed )?.getTime() ?? 0 ) : 0
	);
	return now.getTime() - lastActivity > idleDays * DAY_IN_MS;
}

/**
 * Tells whether a credential matches one usage filter, as the server's overview filter does.
 *
 * @param item     Credential.
 * @param filter   Usage filter.
 * @param now      The present.
 * @param idleDays The idle limit the server set, from the boot data.
 */
export function matchesUsage(
	item: ApplicationPassword,
	filter: UsageFilter,
	now: Date,
	idleDays: number
): boolean {
	return filter === 'never' ? ! item.lastUsed : isIdle( item, now, idleDays );
}
