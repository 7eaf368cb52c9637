/**
 * The data hook of the all-users overview: one page at a time, searched, filtered, sorted and
 * paged by the server.
 */

import { useDispatch } from '@wordpress/data';
import type { View } from '@wordpress/dataviews/wp';
import { useEffect, useMemo } from '@wordpress/element';

import { useLatest } from '../../hooks/use-latest';
import { useStoreQuery } from '../../hooks/use-store-query';
import { store } from '../../store';
import { toOverviewQuery } from '../../utils/overview-query';
import { namesOf, overviewFields } from './fields';
import type { TableRows } from './types';

/**
 * Resolves the page the view asks for (again whenever credentials change on this screen,
 * since changes invalidate the overview's resolution), keeping the last page shown meanwhile.
 *
 * @param view         The table's view.
 * @param onChangeView Changes the view (to the last page, when the one shown has emptied).
 * @param enabled      Whether the overview is shown, and so fetched.
 * @param idleDays     The idle limit the server set, from the boot data.
 * @param policies     Whether the server knows policies.
 */
export function useOverviewRows(
	view: View,
	onChangeView: ( view: View ) => void,
	enabled: boolean,
	idleDays: number,
	policies: boolean
): TableRows {
	const { invalidateResolution } = useDispatch( store );
	const query = useMemo( () => toOverviewQuery( view ), [ view ] );
	const page = useStoreQuery( 'getOverviewPage', [ query ], enabled );
	const shown = useLatest( page.data );
	const items = shown?.items;
	const fields = useMemo(
		() =>
			overviewFields( idleDays, {
				policies,
				nameOf: namesOf( items ?? [] ),
			} ),
		[ idleDays, policies, items ]
	);
	const totalPages = shown?.totalPages ?? 0;

	// After revoking the last rows of the last page, show the page that now is the last.
	useEffect( () => {
		if ( enabled && totalPages > 0 && ( view.page ?? 1 ) > totalPages ) {
			onChangeView( { ...view, page: totalPages } );
		}
	}, [ enabled, totalPages, view, onChangeView ] );

	return {
		data: shown?.items ?? [],
		fields,
		paginationInfo: { totalItems: shown?.total ?? 0, totalPages },
		isLoading:
			( page.data === null && ! page.hasResolved ) || page.isResolving,
		error: page.error,
		retry: () => invalidateResolution( 'getOverviewPage', [ query ] ),
	};
}
