<?php
/**
 * Benchmark probe for scoped credentials; `npm run benchmark` copies it into a throwaway
 * Playground site's root and calls it over HTTP. Never part of the plugin or its zip.
 *
 * ?runs=R  creates two application passwords for the administrator (one without a policy, one
 *          with an expiry, read-only access and a 20-entry address allowlist whose last entry
 *          matches), then times R Basic-auth sign-ins of each, as a REST request makes them:
 *          `determine_current_user`, `rest_authentication_errors`, and
 *          `rest_request_before_callbacks` for a GET. Each sign-in starts with an empty object
 *          cache, as a new request does. Each is also timed with the plugin's policy hooks
 *          removed (WordPress alone). The credentials are revoked at the end; their passwords
 *          only ever live in this request's memory.
 *
 * @package MainWP_Application_Passwords\Benchmark
 */

// phpcs:disable WordPress.Security.NonceVerification.Recommended

define( 'SAVEQUERIES', false );
define( 'REST_REQUEST', true );
require __DIR__ . '/wp-load.php';

header( 'Content-Type: application/json' );
global $wpdb, $wp_filter;

$runs = max( 1, min( 2000, (int) ( $_GET['runs'] ?? 201 ) ) );

// The plugin's policy classes: removing their callbacks leaves WordPress (and the rest of the plugin) alone.
$policy_classes = array(
	'MainWP_Application_Passwords\\Policy_Enforcement',
	'MainWP_Application_Passwords\\Policy_Cleanup',
	'MainWP_Application_Passwords\\Policy_Fields',
	'MainWP_Application_Passwords\\Rotation',
);
$removed = array();

/**
 * Removes (and remembers) or puts back the plugin's policy callbacks.
 *
 * @param bool $on Whether the policy hooks run.
 */
$policy_hooks = static function ( bool $on ) use ( &$removed, $policy_classes ) {
	global $wp_filter;
	if ( $on ) {
		foreach ( $removed as list( $hook, $callback, $priority, $args ) ) {
			add_filter( $hook, $callback, $priority, $args );
		}
		$removed = array();
		return;
	}
	foreach ( $wp_filter as $hook => $filter ) {
		foreach ( $filter->callbacks as $priority => $callbacks ) {
			foreach ( $callbacks as $callback ) {
				$function = $callback['function'];
				if ( is_array( $function ) && is_object( $function[0] ) && in_array( get_class( $function[0] ), $policy_classes, true ) ) {
					$removed[] = array( $hook, $function, $priority, $callback['accepted_args'] );
					remove_filter( $hook, $function, $priority );
				}
			}
		}
	}
};

list( $plain_password, $plain ) = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'Benchmark plain' ) );
$allowed                        = array();
for ( $i = 1; $i < 20; $i++ ) {
	$allowed[] = "10.{$i}.0.0/16";
}
$allowed[] = '127.0.0.0/8';
list( $scoped_password, $scoped ) = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'Benchmark scoped' ) );
update_user_meta(
	1,
	'_mainwp_app_password_policy_' . $scoped['uuid'],
	array(
		'expires'     => time() + 30 * DAY_IN_SECONDS,
		'access'      => 'read',
		'allowed_ips' => $allowed,
		'rotation'    => null,
	)
);

/**
 * Signs in once with a credential, as a REST GET does, and returns [milliseconds, queries].
 *
 * @param string $password Application password.
 * @return array{0: float, 1: int}
 */
$sign_in = static function ( string $password ): array {
	global $wpdb;
	wp_cache_flush();
	wp_set_current_user( 0 );
	$GLOBALS['wp_rest_application_password_status'] = null;
	$GLOBALS['wp_rest_application_password_uuid']   = null;
	$_SERVER['PHP_AUTH_USER']                       = 'admin';
	$_SERVER['PHP_AUTH_PW']                         = $password;
	$request                                        = new WP_REST_Request( 'GET', '/wp/v2/users/me' );
	$queries                                        = $wpdb->num_queries;
	$start                                          = hrtime( true );

	$user_id = apply_filters( 'determine_current_user', false );
	wp_set_current_user( (int) $user_id );
	$auth     = apply_filters( 'rest_authentication_errors', null );
	$response = apply_filters( 'rest_request_before_callbacks', null, array(), $request );

	$elapsed = ( hrtime( true ) - $start ) / 1e6;
	if ( 1 !== (int) $user_id || is_wp_error( $auth ) || is_wp_error( $response ) ) {
		echo wp_json_encode( array( 'error' => 'The benchmark sign-in failed.' ) );
		exit;
	}
	return array( $elapsed, $wpdb->num_queries - $queries );
};

// Warm up: PHP's opcode cache, and core's once-a-day usage write for both credentials.
$sign_in( $plain_password );
$sign_in( $scoped_password );

// Each credential with the policy hooks off and on: core checks the stored hashes in order, so
// the second credential costs WordPress itself one more hash check.
$cases = array(
	'plainCore'  => array( false, $plain_password ),
	'plain'      => array( true, $plain_password ),
	'scopedCore' => array( false, $scoped_password ),
	'scoped'     => array( true, $scoped_password ),
);
$times = array_fill_keys( array_keys( $cases ), array() );
$count = array_fill_keys( array_keys( $cases ), array() );
for ( $run = 0; $run < $runs; $run++ ) {
	// Interleaved, so that whatever else the machine does weighs on each case alike.
	foreach ( $cases as $name => list( $hooks_on, $password ) ) {
		$policy_hooks( $hooks_on );
		list( $ms, $queries ) = $sign_in( $password );
		$times[ $name ][]     = $ms;
		$count[ $name ][]     = $queries;
	}
	$policy_hooks( true );
}

WP_Application_Passwords::delete_application_password( 1, $plain['uuid'] );
WP_Application_Passwords::delete_application_password( 1, $scoped['uuid'] );

$result = array( 'runs' => $runs );
foreach ( $times as $name => $list ) {
	sort( $list );
	$result[ $name ] = array(
		'medianMs' => $list[ intdiv( count( $list ), 2 ) ],
		'queries'  => max( $count[ $name ] ),
	);
}
echo wp_json_encode( $result );
