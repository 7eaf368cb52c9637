/**
 * The one check every parser of untrusted data starts with.
 */

/**
 * Tells whether a value is a plain object (not null, not an array).
 *
 * @param value Anything, e.g. a decoded JSON response.
 */
export function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}
