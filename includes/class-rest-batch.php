<?php
/**
 * Lets core's application-password routes run inside the REST batch API.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Opts core's application-password routes into `/batch/v1`, so that revoking many credentials
 * takes one request per 25 instead of one each. Callbacks and permission checks stay core's.
 */
final class Rest_Batch {

	/**
	 * Core's application-password routes, collection and single item.
	 */
	private const ROUTE_PATTERN = '#^/wp/v2/users/\(\?P<user_id>[^/]+\)/application-passwords(/|$)#';

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_filter( 'rest_endpoints', array( $this, 'allow_batch' ) );
	}

	/**
	 * Marks every handler of core's application-password routes as batchable.
	 *
	 * @param mixed $endpoints Routes and their handlers.
	 * @return mixed The same routes, their application-password handlers batchable.
	 */
	public function allow_batch( $endpoints ) {
		if ( ! is_array( $endpoints ) ) {
			return $endpoints;
		}
		foreach ( $endpoints as $route => $handlers ) {
			if ( ! is_array( $handlers ) || ! preg_match( self::ROUTE_PATTERN, (string) $route ) ) {
				continue;
			}
			foreach ( $handlers as $key => $handler ) {
				// Numeric keys are handlers; others (such as 'schema') describe the route.
				if ( is_int( $key ) && is_array( $handler ) ) {
					$endpoints[ $route ][ $key ]['allow_batch'] = array( 'v1' => true );
				}
			}
		}
		return $endpoints;
	}
}
