/**
 * State and actions of the application-passwords store.
 */

import type { ApplicationPassword } from '../api/application-passwords';
import type { RestError } from '../api/errors';

/** The owner's credentials as the screen knows them; never a password. */
export interface State {
	items: ApplicationPassword[];
	hasLoaded: boolean;
	isLoading: boolean;
	loadError: RestError | null;
}

/** Every plain action the reducer understands. */
export type Action =
	| { type: 'START_LOADING' }
	| { type: 'RECEIVE_ITEMS'; items: ApplicationPassword[] }
	| { type: 'RECEIVE_LOAD_ERROR'; error: RestError }
	| { type: 'ADD_ITEM'; item: ApplicationPassword }
	| { type: 'UPDATE_ITEM'; item: ApplicationPassword }
	| { type: 'REMOVE_ITEMS'; uuids: string[] }
	| { type: 'REMOVE_ALL_ITEMS' };

/** A credential a bulk revoke could not remove, and why. */
export interface RevokeFailure {
	item: ApplicationPassword;
	error: RestError;
}

/** The outcome of revoking several credentials. */
export interface RevokeReport {
	revoked: ApplicationPassword[];
	failed: RevokeFailure[];
}
