/**
 * The table's view: columns, sort and page size remembered per user; search, filters and
 * page for this visit only.
 */

import { useDispatch, useSelect } from '@wordpress/data';
import type { View } from '@wordpress/dataviews/wp';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { store as preferencesStore } from '@wordpress/preferences';

import { DEFAULT_VIEW, parseStoredView, toStoredView } from '../utils/view';

/** Preferences scope of everything this screen remembers per user. */
export const PREFERENCES_SCOPE = 'mainwp-application-passwords';
const KEY = 'view';

type VisitState = Pick< View, 'search' | 'page' | 'filters' >;

/**
 * Returns the current view and a setter that remembers the lasting part in user preferences.
 */
export function useView(): [ View, ( view: View ) => void ] {
	const stored = useSelect(
		( select ) => select( preferencesStore ).get( PREFERENCES_SCOPE, KEY ),
		[]
	);
	const { set } = useDispatch( preferencesStore );
	const [ visit, setVisit ] = useState< VisitState >( {
		search: '',
		page: 1,
		filters: [],
	} );

	const view = useMemo(
		() =>
			( {
				...DEFAULT_VIEW,
				...parseStoredView( stored ),
				...visit,
			} ) as View,
		[ stored, visit ]
	);

	const setView = useCallback(
		( next: View ) => {
			setVisit( {
				search: next.search ?? '',
				page: next.page ?? 1,
				filters: next.filters ?? [],
			} );
			const lasting = toStoredView( next );
			if (
				JSON.stringify( lasting ) !==
				JSON.stringify( parseStoredView( stored ) )
			) {
				set( PREFERENCES_SCOPE, KEY, lasting );
			}
		},
		[ set, stored ]
	);

	return [ view, setView ];
}
