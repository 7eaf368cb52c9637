/**
 * The data hook of one owner's credentials: all of them are loaded, then searched, filtered,
 * sorted and paged in the browser.
 */

import { useDispatch } from '@wordpress/data';
import type { View } from '@wordpress/dataviews/wp';
import { useMemo } from '@wordpress/element';

import type { Credential } from '../../api/application-passwords';
import type { StoreQuery } from '../../hooks/use-store-query';
import { store } from '../../store';
import { applyView } from '../../utils/apply-view';
import { credentialFields, namesOf } from './fields';
import type { TableRows } from './types';

/**
 * Applies the view to the owner's credentials as the store resolved them.
 *
 * @param ownerId     Whose credentials.
 * @param credentials The owner's credentials and their resolution state.
 * @param view        The table's view.
 * @param idleDays    The idle limit the server set, from the boot data.
 * @param policies    Whether the server knows policies.
 */
export function useOwnerRows(
	ownerId: number,
	credentials: StoreQuery< Credential[] >,
	view: View,
	idleDays: number,
	policies: boolean
): TableRows {
	const { invalidateResolution } = useDispatch( store );
	const records = credentials.data;
	const fields = useMemo(
		() =>
			credentialFields( idleDays, {
				policies,
				nameOf: namesOf( records ?? [] ),
			} ),
		[ idleDays, policies, records ]
	);
	const { data, paginationInfo } = useMemo(
		() => applyView( records ?? [], view, fields, new Date(), idleDays ),
		[ records, view, fields, idleDays ]
	);
	return {
		data,
		fields,
		paginationInfo,
		// Loading only while there is nothing to show: the table then draws its rows in the
		// render that mounts it, not one render later (and a refresh keeps the rows in place).
		isLoading: records === null && credentials.isResolving,
		error: credentials.error,
		retry: () => invalidateResolution( 'getCredentials', [ ownerId ] ),
	};
}
