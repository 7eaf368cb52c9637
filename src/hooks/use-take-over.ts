/**
 * The rows PHP drew before the app loaded stay on screen until the app can show its own.
 */

import { useLayoutEffect } from '@wordpress/element';

/** Class of the rows PHP drew (includes/class-first-rows.php). */
export const FIRST_ROWS_CLASS = 'mainwp-application-passwords__first-rows';

/**
 * Prepares the element the app mounts into: where PHP drew the first rows, a new element
 * beside them, hidden until the app takes over; otherwise the root itself.
 *
 * @param root The root element PHP printed.
 */
export function mountPoint( root: HTMLElement ): HTMLElement {
	if ( ! root.querySelector( `.${ FIRST_ROWS_CLASS }` ) ) {
		return root;
	}
	const mount = document.createElement( 'div' );
	mount.hidden = true;
	root.appendChild( mount );
	return mount;
}

/**
 * Once the app has what its first view shows (the owner's list, or why it could not be
 * loaded, or another view), removes the rows PHP drew and shows the app in their place,
 * before the browser paints.
 *
 * @param ready Whether the app's first view is drawn in this render.
 */
export function useTakeOver( ready: boolean ): void {
	useLayoutEffect( () => {
		if ( ! ready ) {
			return;
		}
		const drawn = document.querySelector( `.${ FIRST_ROWS_CLASS }` );
		if ( ! drawn ) {
			return;
		}
		const mount =
			drawn.parentElement?.querySelector< HTMLElement >(
				`:scope > div[hidden]`
			);
		drawn.remove();
		if ( mount ) {
			mount.hidden = false;
		}
	}, [ ready ] );
}
