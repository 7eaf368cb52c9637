/**
 * State and actions of the application-passwords store.
 */

import type {
	ApplicationPassword,
	Credential,
} from '../api/application-passwords';
import type { RestError } from '../api/errors';
import type { OwnerSummary } from '../api/owners';

/** The chosen owner's credentials as the screen knows them; never a password. */
export interface State {
	/** Whose credentials the screen shows; set from the boot data before the first render. */
	owner: OwnerSummary | null;
	items: ApplicationPassword[];
	hasLoaded: boolean;
	isLoading: boolean;
	loadError: RestError | null;
	/** Counts changes to credentials, so that server-paged views know to reload. */
	revision: number;
}

/** Every plain action the reducer understands. */
export type Action =
	| { type: 'SET_OWNER'; owner: OwnerSummary }
	| { type: 'START_LOADING' }
	| { type: 'RECEIVE_ITEMS'; items: ApplicationPassword[] }
	| { type: 'RECEIVE_LOAD_ERROR'; error: RestError }
	| { type: 'ADD_ITEM'; item: ApplicationPassword }
	| { type: 'UPDATE_ITEM'; item: ApplicationPassword }
	| { type: 'REMOVE_ITEMS'; uuids: string[] }
	| { type: 'REMOVE_ALL_ITEMS' };

/** A credential a bulk revoke could not remove, and why. */
export interface RevokeFailure {
	item: Credential;
	error: RestError;
}

/** The outcome of revoking several credentials. */
export interface RevokeReport {
	revoked: Credential[];
	failed: RevokeFailure[];
}
