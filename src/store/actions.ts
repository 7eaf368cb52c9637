/**
 * The store's actions: thunks that change credentials through core's REST API, then record
 * the server's answer and invalidate the overview pages that it changes.
 */

import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	createApplicationPassword,
	listApplicationPasswords,
	revokeAllApplicationPasswords,
	revokeApplicationPassword,
	revokeApplicationPasswordsInBatch,
	rollApplicationPassword,
	updateApplicationPassword,
	type ApplicationPasswordChanges,
	type BatchRevokeResult,
	type CreatedApplicationPassword,
	type Credential,
	type NewApplicationPassword,
} from '../api/application-passwords';
import { toRestError, type RestError } from '../api/errors';
import {
	saveAlertOptOuts,
	saveAuditSettings,
	type AuditAlerts,
	type AuditSettings,
} from '../api/audit';
import { fetchOwner, type OwnerSummary } from '../api/owners';
import type { RollSchedule } from '../api/policy';
import { isolate } from '../utils/bidi';
import { REVOKE_CONCURRENCY } from './constants';
import type { Action, RevokeFailure, RevokeReport, ThunkArgs } from './types';

/**
 * Makes a user the owner whose credentials the screen shows.
 *
 * @param owner The owner, with what the current user may do with their credentials.
 */
export function setOwner( owner: OwnerSummary ): Action {
	return { type: 'SET_OWNER', owner };
}

/**
 * Sets the audit settings the screen shows (from the boot data, or as the server saved them).
 *
 * @param settings The settings; null for those who may not change them.
 */
export function setAuditSettings( settings: AuditSettings | null ): Action {
	return { type: 'RECEIVE_AUDIT_SETTINGS', settings };
}

/**
 * Marks the overview's and the Activity view's pages stale after a change on this screen.
 *
 * @param dispatch The thunk's dispatch.
 */
function invalidateLists( dispatch: ThunkArgs[ 'dispatch' ] ) {
	dispatch.invalidateResolutionForStoreSelector( 'getOverviewPage' );
	dispatch.invalidateResolutionForStoreSelector( 'getEventsPage' );
	dispatch.invalidateResolutionForStoreSelector( 'getEventFacets' );
}

function snackbar( registry: ThunkArgs[ 'registry' ], message: string ) {
	registry.dispatch( noticesStore ).createSuccessNotice( message, {
		type: 'snackbar',
	} );
}

/**
 * Switches the screen to another owner: asks the server what the current user may do with
 * that user's credentials; the list itself is resolved when the screen asks for it. Throws the
 * server's error and keeps the current owner when the user cannot be managed.
 *
 * @param id The new owner's user id.
 */
export const switchOwner =
	( id: number ) =>
	async ( { dispatch }: ThunkArgs ): Promise< OwnerSummary > => {
		const owner = await fetchOwner( id );
		dispatch( setOwner( owner ) );
		return owner;
	};

/**
 * Creates a credential; the password comes back to the caller only, never into the store.
 *
 * Throws the server's error, so that the form can show it and keep what was typed.
 *
 * @param ownerId Whose credential.
 * @param values  Name and optional App ID.
 */
export const createItem =
	( ownerId: number, values: NewApplicationPassword ) =>
	async ( {
		dispatch,
	}: ThunkArgs ): Promise< CreatedApplicationPassword > => {
		const created = await createApplicationPassword( ownerId, values );
		dispatch( { type: 'ADD_CREDENTIAL', ownerId, item: created.item } );
		invalidateLists( dispatch );
		return created;
	};

/**
 * Renames a credential and changes its policy; throws the server's error for the form to show.
 *
 * @param item    The credential as it was.
 * @param changes New name, and policy where the server knows policies.
 */
export const updateItem =
	( item: Credential, changes: ApplicationPasswordChanges ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< void > => {
		const updated = await updateApplicationPassword(
			item.owner.id,
			item.uuid,
			changes
		);
		dispatch( {
			type: 'UPDATE_CREDENTIAL',
			ownerId: item.owner.id,
			item: updated,
		} );
		invalidateLists( dispatch );
		snackbar(
			registry,
			changes.policy || updated.name === item.name
				? sprintf(
						/* translators: %s: Application password name. */
						__( 'Saved “%s”.', 'mainwp-application-passwords' ),
						isolate( updated.name )
					)
				: sprintf(
						/* translators: %s: Application password name. */
						__(
							'Renamed to “%s”.',
							'mainwp-application-passwords'
						),
						isolate( updated.name )
					)
		);
	};

/**
 * Rolls a credential: the server makes its successor and schedules the old one's end. The new
 * password comes back to the caller only; the owner's list is fetched again, since the old
 * credential's rotation changed too.
 *
 * @param item     The credential to replace.
 * @param schedule When the old one stops working.
 */
export const rollItem =
	( item: Credential, schedule: RollSchedule ) =>
	async ( {
		dispatch,
	}: ThunkArgs ): Promise< CreatedApplicationPassword > => {
		const created = await rollApplicationPassword(
			item.owner.id,
			item.uuid,
			schedule
		);
		dispatch( {
			type: 'ADD_CREDENTIAL',
			ownerId: item.owner.id,
			item: created.item,
		} );
		dispatch.invalidateResolution( 'getCredentials', [ item.owner.id ] );
		invalidateLists( dispatch );
		return created;
	};

/**
 * Splits credentials into the batches the server accepts; none when it did not say how many.
 *
 * @param items    Credentials to revoke.
 * @param maxItems Most requests in one batch, or null.
 */
function inBatches( items: Credential[], maxItems: number | null ) {
	if ( maxItems === null ) {
		return [];
	}
	return Array.from(
		{ length: Math.ceil( items.length / maxItems ) },
		( _, index ) =>
			items.slice( index * maxItems, ( index + 1 ) * maxItems )
	);
}

/**
 * Revokes credentials as many to a request as the batch route accepts (its maximum read once
 * from `OPTIONS /batch/v1`), falling back to a few single requests at a time where batches are
 * refused, and reports each failure without stopping.
 *
 * Credentials may belong to several owners (the all-users view); a batch mixes them freely.
 * A credential the server no longer finds (404, e.g. revoked in another tab) is reported as
 * already gone only once its owner's list, fetched again, confirms it; otherwise it failed, so
 * that an incident response never reports a live credential as revoked.
 *
 * @param items Which credentials, each with its owner.
 */
export const revokeItems =
	( items: Credential[] ) =>
	async ( {
		dispatch,
		registry,
		resolveSelect,
	}: ThunkArgs ): Promise< RevokeReport > => {
		const revoked: Credential[] = [];
		const alreadyGone: Credential[] = [];
		const notFound: RevokeFailure[] = [];
		const failed: RevokeFailure[] = [];
		const singles: Credential[] = [];
		const settle = ( item: Credential, error: RestError | null ) => {
			if ( ! error ) {
				revoked.push( item );
			} else if ( error.status === 404 ) {
				notFound.push( { item, error } );
			} else {
				failed.push( { item, error } );
			}
		};

		const maxItems = await resolveSelect
			.getBatchMaxItems()
			.catch( () => null );
		if ( maxItems === null ) {
			singles.push( ...items );
		}
		for ( const chunk of inBatches( items, maxItems ) ) {
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
		await confirmGone( notFound, alreadyGone, failed );
		dispatch( {
			type: 'REMOVE_CREDENTIALS',
			uuids: [ ...revoked, ...alreadyGone ].map( ( item ) => item.uuid ),
		} );
		if ( revoked.length + alreadyGone.length > 0 ) {
			invalidateLists( dispatch );
		}
		if ( revoked.length === 1 && items.length === 1 ) {
			snackbar(
				registry,
				sprintf(
					/* translators: %s: Application password name. */
					__( 'Revoked “%s”.', 'mainwp-application-passwords' ),
					isolate( revoked[ 0 ]!.name )
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
		if ( alreadyGone.length === 1 ) {
			snackbar(
				registry,
				sprintf(
					/* translators: %s: Application password name. */
					__(
						'“%s” was already revoked.',
						'mainwp-application-passwords'
					),
					isolate( alreadyGone[ 0 ]!.name )
				)
			);
		} else if ( alreadyGone.length > 1 ) {
			snackbar(
				registry,
				sprintf(
					/* translators: %d: Number of application passwords. */
					_n(
						'%d application password was already revoked.',
						'%d application passwords were already revoked.',
						alreadyGone.length,
						'mainwp-application-passwords'
					),
					alreadyGone.length
				)
			);
		}
		return { revoked, alreadyGone, failed };
	};

/**
 * Sorts credentials the server answered 404 for: gone when their owner's list, fetched
 * again, no longer holds them; failed when it does, or when it cannot be fetched.
 *
 * @param notFound    Credentials answered with 404, with that error.
 * @param alreadyGone Receives those confirmed gone.
 * @param failed      Receives the others.
 */
async function confirmGone(
	notFound: RevokeFailure[],
	alreadyGone: Credential[],
	failed: RevokeFailure[]
) {
	const owners = [
		...new Set( notFound.map( ( { item } ) => item.owner.id ) ),
	];
	await Promise.all(
		owners.map( async ( ownerId ) => {
			const mine = notFound.filter(
				( { item } ) => item.owner.id === ownerId
			);
			try {
				const listed = new Set(
					( await listApplicationPasswords( ownerId ) ).map(
						( item ) => item.uuid
					)
				);
				mine.forEach( ( failure ) =>
					listed.has( failure.item.uuid )
						? failed.push( {
								item: failure.item,
								error: {
									...failure.error,
									// The server's own words ("not found") would read as gone.
									message: __(
										'The server answered that it was not found, yet still lists it: it was not revoked.',
										'mainwp-application-passwords'
									),
								},
							} )
						: alreadyGone.push( failure.item )
				);
			} catch ( error ) {
				const reason = toRestError( error );
				mine.forEach( ( { item } ) =>
					failed.push( { item, error: reason } )
				);
			}
		} )
	);
}

/**
 * Revokes every credential of the owner in one request; throws the server's error.
 *
 * @param ownerId Whose credentials.
 */
export const revokeAllItems =
	( ownerId: number ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< void > => {
		await revokeAllApplicationPasswords( ownerId );
		dispatch( { type: 'REMOVE_OWNER_CREDENTIALS', ownerId } );
		invalidateLists( dispatch );
		snackbar(
			registry,
			__(
				'Revoked all application passwords.',
				'mainwp-application-passwords'
			)
		);
	};

/**
 * Saves the audit settings; throws the server's error for the form to show.
 *
 * @param settings Retention days and alert switches.
 */
export const saveAudit =
	( settings: AuditSettings ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< void > => {
		dispatch( setAuditSettings( await saveAuditSettings( settings ) ) );
		snackbar(
			registry,
			__( 'Audit settings saved.', 'mainwp-application-passwords' )
		);
	};

/**
 * Saves which alerts the current user does not want, showing the choice at once; throws the
 * server's error after putting the old choice back.
 *
 * @param off The alerts turned off.
 */
export const saveAlertChoices =
	( off: Array< keyof AuditAlerts > ) =>
	async ( { dispatch, registry, select }: ThunkArgs ): Promise< void > => {
		// The box changes as it is clicked; the server's answer, or the old choice, follows.
		const before = select.getAlertOptOuts();
		dispatch( { type: 'RECEIVE_ALERT_OPT_OUTS', off } );
		try {
			dispatch( {
				type: 'RECEIVE_ALERT_OPT_OUTS',
				off: await saveAlertOptOuts( off ),
			} );
		} catch ( error ) {
			if ( before ) {
				dispatch( { type: 'RECEIVE_ALERT_OPT_OUTS', off: before } );
			}
			throw error;
		}
		snackbar(
			registry,
			__( 'Your email alerts are saved.', 'mainwp-application-passwords' )
		);
	};
