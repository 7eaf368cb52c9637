/**
 * Lets an action's modal hand a new password to the screen's one-time view, which outlives
 * the modal (DataViews closes an action's modal when it is clicked outside of).
 */

import { createContext, useContext } from '@wordpress/element';

import type { CreatedApplicationPassword } from '../api/application-passwords';

/** A new password to show once, with its owner and what the view says above it. */
export interface OneTimeRequest {
	created: CreatedApplicationPassword;
	/** Login of the credential's owner. */
	username: string;
	/** Replaces the view's usual warning. */
	intro: string;
}

export const OneTimeContext = createContext<
	( ( request: OneTimeRequest ) => void ) | null
>( null );

/** Returns the function that opens the one-time view; components under the app only. */
export function useShowOneTime(): ( request: OneTimeRequest ) => void {
	const show = useContext( OneTimeContext );
	if ( ! show ) {
		throw new Error(
			'useShowOneTime() needs a OneTimeContext.Provider above it.'
		);
	}
	return show;
}
