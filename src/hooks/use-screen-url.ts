/**
 * Which credentials the screen shows, kept in its URL so that it can be shared and reloaded.
 */

import { useEffect, useState } from '@wordpress/element';

import type { BootData, Scope } from '../boot';
import { initialScope, screenUrl } from '../utils/location';

/**
 * Returns the scope (one owner's credentials, every user's, or the Activity view) and its
 * setter, and writes the scope and the owner into the URL (`view=all`, `view=activity`,
 * `user_id`) whenever they change.
 *
 * @param boot    Boot data: the scope the page opened on (as the server allowed it) and viewer.
 * @param ownerId The owner shown.
 */
export function useScreenUrl(
	boot: Pick< BootData, 'scope' | 'viewerId' >,
	ownerId: number
): [ Scope, ( scope: Scope ) => void ] {
	const [ scope, setScope ] = useState< Scope >( () =>
		initialScope( window.location.href, boot.scope )
	);
	useEffect( () => {
		const href = screenUrl(
			window.location.href,
			{ userId: ownerId, scope },
			boot.viewerId
		);
		if ( href !== window.location.href ) {
			window.history.replaceState( window.history.state, '', href );
		}
	}, [ ownerId, scope, boot.viewerId ] );
	return [ scope, setScope ];
}
