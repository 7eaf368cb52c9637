/**
 * Whether this user dismissed the guidance, remembered in their preferences.
 */

import { useDispatch, useSelect } from '@wordpress/data';
import { store as preferencesStore } from '@wordpress/preferences';

import { PREFERENCES_SCOPE } from './use-view';

const KEY = 'guidanceDismissed';

/** Returns whether the guidance was dismissed, and a function that dismisses it for good. */
export function useGuidanceDismissed(): [ boolean, () => void ] {
	const dismissed = useSelect(
		( select ) =>
			select( preferencesStore ).get( PREFERENCES_SCOPE, KEY ) === true,
		[]
	);
	const { set } = useDispatch( preferencesStore );
	return [ dismissed, () => set( PREFERENCES_SCOPE, KEY, true ) ];
}
