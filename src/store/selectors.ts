/**
 * The store's selectors; derived flags are computed here, never stored.
 */

import { createSelector } from '@wordpress/data';

import type {
	ApplicationPassword,
	Credential,
} from '../api/application-passwords';
import type { RestError } from '../api/errors';
import type { OwnerSummary } from '../api/owners';
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
 * Returns the owner's credentials, each with its owner, as the tables and actions take them.
 *
 * @param state Store state.
 */
export const getCredentials = createSelector(
	( state: State ): Credential[] => {
		const owner = state.owner;
		return owner
			? state.items.map( ( item ) => ( { ...item, owner } ) )
			: [];
	},
	( state: State ) => [ state.items, state.owner ]
);

/**
 * Returns how many times credentials have changed on this screen.
 *
 * @param state Store state.
 */
export function getRevision( state: State ): number {
	return state.revision;
}

/**
 * Returns the owner's credentials, newest first as core lists them.
 *
 * @param state Store state.
 */
export function getItems( state: State ): ApplicationPassword[] {
	return state.items;
}

/**
 * Tells whether the first list has arrived.
 *
 * @param state Store state.
 */
export function hasLoaded( state: State ): boolean {
	return state.hasLoaded;
}

/**
 * Tells whether a list request is in flight.
 *
 * @param state Store state.
 */
export function isLoading( state: State ): boolean {
	return state.isLoading;
}

/**
 * Returns why the list could not be loaded, if it could not.
 *
 * @param state Store state.
 */
export function getLoadError( state: State ): RestError | null {
	return state.loadError;
}

/**
 * Tells whether the owner has no credentials at all (not merely none matching a search).
 *
 * @param state Store state.
 */
export function isEmpty( state: State ): boolean {
	return state.hasLoaded && state.items.length === 0;
}
