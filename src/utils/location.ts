/**
 * The screen's state that lives in its URL: whose credentials, or every user's.
 *
 * `user_id` names the owner, as on core's user-edit screen; `view=all` opens the overview,
 * `view=activity` the Activity view.
 * Other query arguments (such as `page`) are kept as they are.
 */

import { addQueryArgs, getQueryArg, removeQueryArgs } from '@wordpress/url';

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
	const wanted: Record< string, string > = {};
	if (
		location.scope === 'user' &&
		location.userId &&
		location.userId !== viewerId
	) {
		wanted.user_id = String( location.userId );
	}
	if ( location.scope !== 'user' ) {
		wanted.view = location.scope;
	}
	const unchanged = [ 'user_id', 'view' ].every(
		( name ) => getQueryArg( href, name ) === wanted[ name ]
	);
	if ( unchanged ) {
		return href;
	}
	return addQueryArgs( removeQueryArgs( href, 'user_id', 'view' ), wanted );
}

/**
 * Returns the scope a URL asks for where the server does not decide it: the Activity view,
 * which everyone who may open the page may see (their own events at least).
 *
 * @param href      Current URL.
 * @param bootScope The scope the server opened the page on.
 */
export function initialScope( href: string, bootScope: Scope ): Scope {
	return bootScope === 'user' && getQueryArg( href, 'view' ) === 'activity'
		? 'activity'
		: bootScope;
}
