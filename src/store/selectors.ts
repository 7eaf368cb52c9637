/**
 * The store's selectors; whether their data is loading, loaded or failed is resolution state.
 */

import { createSelector } from '@wordpress/data';

import type {
	Credential,
	OverviewPage,
	OverviewQuery,
} from '../api/application-passwords';
import type {
	AuditAlerts,
	AuditSettings,
	CredentialUsage,
	EventFacets,
	EventsPage,
	EventsQuery,
} from '../api/audit';
import type { OwnerSummary, UserMatch } from '../api/owners';
import { eventsKey, usageKey } from '../utils/events-query';
import { overviewKey } from '../utils/overview-query';
import type { State } from './types';

/**
 * Returns whose credentials the screen shows.
 *
 * @param state Store state.
 */
export function getOwner( state: State ): OwnerSummary | null {
	return state.owner;
}

/**
 * Returns an owner's credentials, each with its owner as the table and actions take them, or
 * null until they have been received (the resolver fetches them).
 *
 * @param state   Store state.
 * @param ownerId The owner's user id; only the current owner's rights are known.
 */
export const getCredentials = createSelector(
	( state: State, ownerId: number ): Credential[] | null => {
		const items = state.credentials[ ownerId ];
		const owner = state.owner;
		if ( ! items || owner?.id !== ownerId ) {
			return null;
		}
		return items.map( ( item ) => ( { ...item, owner } ) );
	},
	( state: State, ownerId: number ) => [
		state.credentials[ ownerId ],
		state.owner,
	]
);

/**
 * Returns one page of every user's credentials, or null until it has been received.
 *
 * @param state Store state.
 * @param query Page, search, sort and usage filter.
 */
export function getOverviewPage(
	state: State,
	query: OverviewQuery
): OverviewPage | null {
	return state.overviewPages[ overviewKey( query ) ] ?? null;
}

/**
 * Returns the users found for what was typed into the owner picker, or null until found.
 *
 * @param state  Store state.
 * @param search What was typed, trimmed.
 */
export function getUserMatches(
	state: State,
	search: string
): UserMatch[] | null {
	return state.userMatches[ search ] ?? null;
}

/**
 * Returns how many requests the batch route accepts at once, or null until asked.
 *
 * @param state Store state.
 */
export function getBatchMaxItems( state: State ): number | null {
	return state.batchMaxItems;
}

/**
 * Returns one page of the Activity view, or null until it has been received.
 *
 * @param state Store state.
 * @param query Page, search and filters.
 */
export function getEventsPage(
	state: State,
	query: EventsQuery
): EventsPage | null {
	return state.eventPages[ eventsKey( query ) ] ?? null;
}

/**
 * Returns how a credential was used over the last 30 days, or null until received.
 *
 * @param state  Store state.
 * @param userId Its owner.
 * @param uuid   The credential.
 */
export function getUsage(
	state: State,
	userId: number,
	uuid: string
): CredentialUsage | null {
	return state.usage[ usageKey( userId, uuid ) ] ?? null;
}

/**
 * Returns the credentials and owners the Activity view's filters offer, or null until received.
 *
 * @param state Store state.
 */
export function getEventFacets( state: State ): EventFacets | null {
	return state.eventFacets;
}

/**
 * Returns the audit settings, or null for those who may not change them.
 *
 * @param state Store state.
 */
export function getAuditSettings( state: State ): AuditSettings | null {
	return state.auditSettings;
}

/**
 * Returns the alerts the current user turned off for themselves, or null until fetched.
 *
 * @param state Store state.
 */
export function getAlertOptOuts(
	state: State
): Array< keyof AuditAlerts > | null {
	return state.alertOptOuts;
}
