/**
 * A value that follows another once it has stopped changing for a moment.
 */

import { useEffect, useState } from '@wordpress/element';

/**
 * Returns `value` as it was `delay` ms after its last change (typing, say).
 *
 * @param value Changing value.
 * @param delay Quiet time in milliseconds.
 */
export function useDebouncedValue< T >( value: T, delay: number ): T {
	const [ settled, setSettled ] = useState( value );
	useEffect( () => {
		const timer = setTimeout( () => setSettled( value ), delay );
		return () => clearTimeout( timer );
	}, [ value, delay ] );
	return settled;
}
