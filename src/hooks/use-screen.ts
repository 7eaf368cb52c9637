/**
 * The screen's state: whose credentials, which scope, which dialog, both tables' views and
 * rows, and what the guidance counts.
 */

import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback, useRef, useState } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

import type { Credential } from '../api/application-passwords';
import type { AuditEvent } from '../api/audit';
import { toRestError } from '../api/errors';
import type { BootData, Scope } from '../boot';
import { useActivityRows } from '../components/activity/use-activity-rows';
import type { OwnerPickerHandle } from '../components/owner-picker';
import { useOverviewRows } from '../components/credentials-table/use-overview-rows';
import { useOwnerRows } from '../components/credentials-table/use-owner-rows';
import { store } from '../store';
import { withCredentialFilter } from '../utils/events-query';
import { screenUrl } from '../utils/location';
import { matchesUsage } from '../utils/usage';
import {
	DEFAULT_ACTIVITY_VIEW,
	DEFAULT_ALL_VIEW,
	withUsageFilter,
} from '../utils/view';
import { useScreenUrl } from './use-screen-url';
import { useStoreQuery } from './use-store-query';
import { useView } from './use-view';

/** The dialogs the screen opens itself (rename and revoke are DataViews' action modals). */
export type ScreenDialog = 'create' | 'revoke-all' | null;

/**
 * Returns everything the screen shows and how to change it.
 *
 * @param boot Checked boot data.
 */
export function useScreen( boot: BootData ) {
	const owner =
		useSelect( ( select ) => select( store ).getOwner(), [] ) ?? boot.owner;
	const [ scope, setScreenScope ] = useScreenUrl( boot, owner.id );
	const { invalidateResolutionForStoreSelector } = useDispatch( store );
	// The trail grows by requests made elsewhere: opening Activity shows it as it is now.
	const setScope = useCallback(
		( next: Scope ) => {
			if ( next === 'activity' ) {
				invalidateResolutionForStoreSelector( 'getEventsPage' );
			}
			setScreenScope( next );
		},
		[ invalidateResolutionForStoreSelector, setScreenScope ]
	);
	const [ dialog, setDialog ] = useState< ScreenDialog >( null );
	const [ view, setView ] = useView();
	const [ allView, setAllView ] = useView( 'allView', DEFAULT_ALL_VIEW );
	const [ activityView, setActivityView ] = useView(
		'activityView',
		DEFAULT_ACTIVITY_VIEW
	);
	const { switchOwner } = useDispatch( store );
	const { createErrorNotice } = useDispatch( noticesStore );
	const credentialHref = useCallback(
		( event: AuditEvent ) =>
			event.userId === boot.viewerId || boot.canPickOwner
				? screenUrl(
						window.location.href,
						{ userId: event.userId, scope: 'user' },
						boot.viewerId
					)
				: null,
		[ boot.viewerId, boot.canPickOwner ]
	);
	// The owner's list, searched for the credential's name: where its row is, if it still exists.
	const onOpenCredential = useCallback(
		async ( event: AuditEvent ) => {
			if ( event.userId !== owner.id ) {
				try {
					await switchOwner( event.userId );
				} catch ( error ) {
					createErrorNotice( toRestError( error ).message, {
						id: 'mainwp-application-passwords-open-credential',
					} );
					return;
				}
			}
			setView( { ...view, page: 1, search: event.name ?? '' } );
			setScope( 'user' );
		},
		[ owner.id, switchOwner, createErrorNotice, setView, view, setScope ]
	);
	const activityRows = useActivityRows(
		activityView,
		setActivityView,
		scope === 'activity',
		{ credentialHref, onOpenCredential },
		boot
	);
	const { rememberCredential } = activityRows;
	const showActivity = useCallback(
		( item: Credential ) => {
			rememberCredential( item );
			setActivityView(
				withCredentialFilter( activityView, item.uuid, item.owner.id )
			);
			setScope( 'activity' );
		},
		[ rememberCredential, setActivityView, activityView, setScope ]
	);
	const credentials = useStoreQuery( 'getCredentials', [ owner.id ] );
	const ownerRows = useOwnerRows(
		owner.id,
		credentials,
		view,
		boot.idleDays,
		boot.policy !== null
	);
	const overviewRows = useOverviewRows(
		allView,
		setAllView,
		scope === 'all',
		boot.idleDays,
		boot.policy !== null
	);
	const ownerPicker = useRef< OwnerPickerHandle >( null );
	const items = scope === 'user' ? ( credentials.data ?? [] ) : [];
	const open = ( which: ScreenDialog ) => () => setDialog( which );
	return {
		owner,
		scope,
		setScope,
		dialog,
		closeDialog: open( null ),
		/** Opens the create dialog; null where creating is not allowed. */
		create: owner.rights.create ? open( 'create' ) : null,
		/** Opens the revoke-all dialog; null where there is nothing to revoke, or no right. */
		revokeAll:
			items.length && owner.rights.deleteAll
				? open( 'revoke-all' )
				: null,
		/** Applies the table's "not used in 90 days" filter. */
		showUnused: () => setView( withUsageFilter( view, 'idle90' ) ),
		/** Focuses the owner picker, where the screen shows one. */
		chooseOwner:
			scope === 'user' && boot.canPickOwner
				? () => ownerPicker.current?.focus()
				: undefined,
		view,
		setView,
		allView,
		setAllView,
		activityView,
		setActivityView,
		activityRows,
		/** Opens the Activity view filtered to one credential. */
		showActivity,
		credentials,
		ownerRows,
		overviewRows,
		ownerPicker,
		/** The owner's credentials while they are shown; none in the overview. */
		items,
		/** Credentials not used in 90 days, or null when there are none to count. */
		unusedCount: items.length
			? items.filter( ( item ) =>
					matchesUsage( item, 'idle90', new Date(), boot.idleDays )
				).length
			: null,
		/** Whether the REST readiness checks may start: once the list is in, or failed. */
		checksEnabled: credentials.data !== null || credentials.error !== null,
	};
}
