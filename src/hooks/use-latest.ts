/**
 * The last value that was not null, so that a table keeps its rows while the next page loads.
 */

import { useRef } from '@wordpress/element';

/**
 * Returns `value`, or while it is null the last value that was not.
 *
 * @param value Data that is null while it is being fetched.
 */
export function useLatest< Value >( value: Value | null ): Value | null {
	const latest = useRef< Value | null >( value );
	if ( value !== null ) {
		latest.current = value;
	}
	return latest.current;
}
