/**
 * The checked boot data, available to every component under the app.
 */

import { createContext, useContext } from '@wordpress/element';

import type { BootData } from '../boot';

export const BootContext = createContext< BootData | null >( null );

/** Returns the boot data; only components under `<BootContext.Provider>` may call it. */
export function useBoot(): BootData {
	const boot = useContext( BootContext );
	if ( ! boot ) {
		throw new Error( 'useBoot() needs a BootContext.Provider above it.' );
	}
	return boot;
}
