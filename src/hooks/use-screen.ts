/**
 * The screen's state: whose credentials, which scope, which dialog, both tables' views and
 * rows, and what the guidance counts.
 */

import { useSelect } from '@wordpress/data';
import { useRef, useState } from '@wordpress/element';

import type { BootData } from '../boot';
import type { OwnerPickerHandle } from '../components/owner-picker';
import { useOverviewRows } from '../components/credentials-table/use-overview-rows';
import { useOwnerRows } from '../components/credentials-table/use-owner-rows';
import { store } from '../store';
import { matchesUsage } from '../utils/usage';
import { DEFAULT_ALL_VIEW, withUsageFilter } from '../utils/view';
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
	const [ scope, setScope ] = useScreenUrl( boot, owner.id );
	const [ dialog, setDialog ] = useState< ScreenDialog >( null );
	const [ view, setView ] = useView();
	const [ allView, setAllView ] = useView( 'allView', DEFAULT_ALL_VIEW );
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
