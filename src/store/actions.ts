/**
 * The store's actions: plain ones for the reducer, and thunks that call core's REST API.
 */

import { store as noticesStore } from '@wordpress/notices';
import { __, _n, sprintf } from '@wordpress/i18n';

import {
	BATCH_SIZE,
	createApplicationPassword,
	listApplicationPasswords,
	renameApplicationPassword,
	revokeAllApplicationPasswords,
	revokeApplicationPassword,
	revokeApplicationPasswordsInBatch,
	type ApplicationPassword,
	type BatchRevokeResult,
	type CreatedApplicationPassword,
	type Credential,
	type NewApplicationPassword,
	type Owner,
} from '../api/application-passwords';
import { toRestError, type RestError } from '../api/errors';
import { getOwner, type OwnerSummary } from '../api/owners';
import { REVOKE_CONCURRENCY } from './constants';
import type { Action, RevokeFailure, RevokeReport, State } from './types';

/** What @wordpress/data passes to a thunk. */
interface ThunkArgs {
	dispatch: ( action: Action ) => void;
	select?: { getOwner: () => State[ 'owner' ] };
	registry: {
		dispatch: ( store: typeof noticesStore ) => {
			createSuccessNotice: (
				message: string,
				options?: Record< string, unknown >
			) => void;
		};
	};
}

/**
 * Stores a freshly created credential.
 *
 * @param item Credential without its password.
 */
export function addItem( item: ApplicationPassword ): Action {
	return { type: 'ADD_ITEM', item };
}

/**
 * Makes a user the owner whose credentials the screen shows.
 *
 * @param owner The owner, with what the current user may do with their credentials.
 */
export function setOwner( owner: OwnerSummary ): Action {
	return { type: 'SET_OWNER', owner };
}

/**
 * Forgets credentials that were revoked.
 *
 * @param uuids Their ids.
 */
export function removeItems( uuids: string[] ): Action {
	return { type: 'REMOVE_ITEMS', uuids };
}

function snackbar( registry: ThunkArgs[ 'registry' ], message: string ) {
	registry.dispatch( noticesStore ).createSuccessNotice( message, {
		type: 'snackbar',
	} );
}

/**
 * Loads the owner's credentials (the first time from the page's preloaded data).
 *
 * @param owner Whose credentials.
 */
export const loadItems =
	( owner: Owner ) =>
	async ( { dispatch, select }: ThunkArgs ): Promise< void > => {
		// A list that arrives after the owner changed again belongs to nobody on screen.
		const stillWanted = () =>
			! select || owner === 'me' || select.getOwner()?.id === owner;
		dispatch( { type: 'START_LOADING' } );
		try {
			const items = await listApplicationPasswords( owner );
			if ( stillWanted() ) {
				dispatch( { type: 'RECEIVE_ITEMS', items } );
			}
		} catch ( error ) {
			if ( stillWanted() ) {
				dispatch( {
					type: 'RECEIVE_LOAD_ERROR',
					error: toRestError( error ),
				} );
			}
		}
	};

/**
 * Switches the screen to another owner: asks the server what the current user may do with
 * that user's credentials, then lists them. Throws the server's error and keeps the current
 * owner when the user cannot be managed.
 *
 * @param id The new owner's user id.
 */
export const switchOwner =
	( id: number ) =>
	async ( thunk: ThunkArgs ): Promise< OwnerSummary > => {
		const owner = await getOwner( id );
		thunk.dispatch( setOwner( owner ) );
		await loadItems( owner.id )( thunk );
		return owner;
	};

/**
 * Creates a credential; the password comes back to the caller only, never into the store.
 *
 * Throws the server's error, so that the form can show it and keep what was typed.
 *
 * @param owner  Whose credential.
 * @param values Name and optional App ID.
 */
export const createItem =
	( owner: Owner, values: NewApplicationPassword ) =>
	async ( {
		dispatch,
	}: ThunkArgs ): Promise< CreatedApplicationPassword > => {
		const created = await createApplicationPassword( owner, values );
		dispatch( addItem( created.item ) );
		return created;
	};

/**
 * Renames a credential; throws the server's error for the form to show.
 *
 * @param owner Whose credential.
 * @param uuid  Which credential.
 * @param name  New name.
 */
export const renameItem =
	( owner: Owner, uuid: string, name: string ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< void > => {
		const item = await renameApplicationPassword( owner, uuid, name );
		dispatch( { type: 'UPDATE_ITEM', item } );
		snackbar(
			registry,
			sprintf(
				/* translators: %s: Application password name. */
				__( 'Renamed to “%s”.', 'mainwp-application-passwords' ),
				item.name
			)
		);
	};

/**
 * Revokes credentials 25 to a request through the batch API, falling back to a few single
 * requests at a time where batches are refused, and reports each failure without stopping.
 *
 * Credentials may belong to several owners (the all-users view); a batch mixes them freely.
 * A credential that is already gone (404, e.g. revoked in another tab) counts as revoked.
 *
 * @param items Which credentials, each with its owner.
 */
export const revokeItems =
	( items: Credential[] ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< RevokeReport > => {
		const revoked: Credential[] = [];
		const failed: RevokeFailure[] = [];
		const singles: Credential[] = [];
		const settle = ( item: Credential, error: RestError | null ) => {
			if ( ! error || error.status === 404 ) {
				revoked.push( item );
			} else {
				failed.push( { item, error } );
			}
		};

		for ( let start = 0; start < items.length; start += BATCH_SIZE ) {
			const chunk = items.slice( start, start + BATCH_SIZE );
			let results: BatchRevokeResult[];
			try {
				results = await revokeApplicationPasswordsInBatch(
					chunk.map( ( item ) => ( {
						owner: item.owner.id,
						uuid: item.uuid,
					} ) )
				);
			} catch {
				singles.push( ...chunk );
				continue;
			}
			results.forEach( ( result, index ) => {
				const item = chunk[ index ]!;
				if ( result.code === 'rest_batch_not_allowed' ) {
					singles.push( item );
				} else if ( result.status >= 200 && result.status < 300 ) {
					settle( item, null );
				} else {
					settle( item, {
						code: result.code,
						message: result.message || `HTTP ${ result.status }`,
						status: result.status,
					} );
				}
			} );
		}

		const worker = async () => {
			for ( let item = singles.shift(); item; item = singles.shift() ) {
				try {
					await revokeApplicationPassword( item.owner.id, item.uuid );
					settle( item, null );
				} catch ( error ) {
					settle( item, toRestError( error ) );
				}
			}
		};
		await Promise.all(
			Array.from(
				{ length: Math.min( REVOKE_CONCURRENCY, singles.length ) },
				worker
			)
		);
		dispatch( removeItems( revoked.map( ( item ) => item.uuid ) ) );
		if ( revoked.length === 1 && items.length === 1 ) {
			snackbar(
				registry,
				sprintf(
					/* translators: %s: Application password name. */
					__( 'Revoked “%s”.', 'mainwp-application-passwords' ),
					revoked[ 0 ]!.name
				)
			);
		} else if ( revoked.length > 0 ) {
			snackbar(
				registry,
				sprintf(
					/* translators: %d: Number of application passwords. */
					_n(
						'Revoked %d application password.',
						'Revoked %d application passwords.',
						revoked.length,
						'mainwp-application-passwords'
					),
					revoked.length
				)
			);
		}
		return { revoked, failed };
	};

/**
 * Revokes every credential of the owner in one request; throws the server's error.
 *
 * @param owner Whose credentials.
 */
export const revokeAllItems =
	( owner: Owner ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< void > => {
		await revokeAllApplicationPasswords( owner );
		dispatch( { type: 'REMOVE_ALL_ITEMS' } );
		snackbar(
			registry,
			__(
				'Revoked all application passwords.',
				'mainwp-application-passwords'
			)
		);
	};
