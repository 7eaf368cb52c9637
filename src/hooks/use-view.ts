/**
 * The table's view: columns, sort and page size remembered per user; search, filters and
 * page for this visit only.
 */

import { useDispatch, useSelect } from '@wordpress/data';
import type { View } from '@wordpress/dataviews/wp';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { store as preferencesStore } from '@wordpress/preferences';

import {
	DEFAULT_VIEW,
	parseStoredView,
	toStoredView,
	type TableKind,
} from '../utils/view';

/** Preferences scope of everything this screen remembers per user. */
export const PREFERENCES_SCOPE = 'mainwp-application-passwords';

type VisitState = Pick< View, 'search' | 'page' | 'filters' >;

/**
 * Returns the current view and a setter that remembers the lasting part in user preferences.
 *
 * @param key      Preference key: one per table ('view' for one owner's, 'allView' for all,
 *                 'activityView' for the Activity view).
 * @param defaults The table's view before the user changes it.
 */
export function useView(
	key: 'view' | 'allView' | 'activityView' = 'view',
	defaults: View = DEFAULT_VIEW
): [ View, ( view: View ) => void ] {
	const table: TableKind =
		key === 'activityView' ? 'activity' : 'credentials';
	const stored = useSelect(
		( select ) => select( preferencesStore ).get( PREFERENCES_SCOPE, key ),
		[ key ]
	);
	const { set } = useDispatch( preferencesStore );
	const [ visit, setVisit ] = useState< VisitState >( {
		search: '',
		page: 1,
		filters: [],
	} );

	const view = useMemo( () => {
		// The version is the preference's own, not the view's.
		const { version, ...remembered } = parseStoredView( stored, table );
		return { ...defaults, ...remembered, ...visit } as View;
	}, [ defaults, stored, visit, table ] );

	const setView = useCallback(
		( next: View ) => {
			setVisit( {
				search: next.search ?? '',
				page: next.page ?? 1,
				filters: next.filters ?? [],
			} );
			const lasting = toStoredView( next, table );
			if (
				JSON.stringify( lasting ) !==
				JSON.stringify( parseStoredView( stored, table ) )
			) {
				set( PREFERENCES_SCOPE, key, lasting );
			}
		},
		[ key, set, stored, table ]
	);

	return [ view, setView ];
}
