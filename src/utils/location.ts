/**
 * The screen's state that lives in its URL: whose credentials, or every user's.
 *
 * `user_id` names the owner, as on core's user-edit screen; `view=all` opens the overview.
 * Other query arguments (such as `page`) are kept as they are.
 */

import type { Scope } from '../boot';

/** What the URL says the screen shows. */
export interface ScreenLocation {
	/** The owner's user id; null for the viewer themselves. */
	userId: number | null;
	scope: Scope;
}

/**
 * Returns the URL for a screen state, changing only this screen's own arguments.
 *
 * @param href     Current URL.
 * @param location Wanted state.
 * @param viewerId The logged-in user's id (their own credentials need no `user_id`).
 */
export function screenUrl(
	href: string,
	location: ScreenLocation,
	viewerId: number
): string {
	const url = new URL( href );
	if (
		location.scope === 'user' &&
		location.userId &&
		location.userId !== viewerId
	) {
		url.searchParams.set( 'user_id', String( location.userId ) );
	} else {
		url.searchParams.delete( 'user_id' );
	}
	if ( location.scope === 'all' ) {
		url.searchParams.set( 'view', 'all' );
	} else {
		url.searchParams.delete( 'view' );
	}
	return url.toString();
}
