<?php
/**
 * Benchmark probe for the audit trail; `npm run benchmark:audit` copies it into a throwaway
 * site's root (on MariaDB) and calls it over HTTP. Never part of the plugin or its zip.
 *
 * ?action=request&runs=R        the audit trail's added cost of one authenticated request:
 *                               what it runs from authentication to shutdown, R times (queries,
 *                               write queries, median time).
 * ?action=seed_events&rows=N    N events (doubling INSERT … SELECT), spread over 170 days.
 * ?action=seed_usage&credentials=C&days=D  usage rows: C credentials × D days × 3 buckets.
 * ?action=pages&runs=R          median server time of the events route's first page (everyone's,
 *                               one owner's, one type's; searches for an address, a credential
 *                               name, a broad prefix matching a tenth of the rows, and an address
 *                               with a type) and of one credential's usage route.
 * ?action=expire                moves every event 200 days back (past the 180 days kept).
 * ?action=purge                 one cron run of the purge, with its default time budget.
 *
 * @package MainWP_Application_Passwords\Benchmark
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.Security.NonceVerification.Recommended, WordPress.DB.PreparedSQL

define( 'SAVEQUERIES', true );
require __DIR__ . '/wp-load.php';

use MainWP_Application_Passwords\Audit_Alerts;
use MainWP_Application_Passwords\Audit_Context;
use MainWP_Application_Passwords\Audit_Recorder;
use MainWP_Application_Passwords\Audit_Retention;
use MainWP_Application_Passwords\Audit_Schema;
use MainWP_Application_Passwords\Audit_Settings;
use MainWP_Application_Passwords\Audit_Store;

header( 'Content-Type: application/json' );
$action = isset( $_GET['action'] ) ? (string) $_GET['action'] : '';
$runs   = max( 1, (int) ( $_GET['runs'] ?? 5 ) );
global $wpdb;

/**
 * Median of a list of numbers.
 *
 * @param float[] $values Values.
 * @return float
 */
function audit_probe_median( array $values ): float {
	sort( $values );
	$count = count( $values );
	return $count % 2 ? $values[ intdiv( $count, 2 ) ] : ( $values[ $count / 2 - 1 ] + $values[ $count / 2 ] ) / 2;
}

/**
 * Times a REST request served in this process, as the administrator.
 *
 * @param string               $route  Route.
 * @param array<string, mixed> $params Query.
 * @param int                  $runs   Runs.
 * @return array{ms: float, queries: int, total: string|null}
 */
function audit_probe_route( string $route, array $params, int $runs ): array {
	global $wpdb;
	$times = array();
	$total = null;
	for ( $i = 0; $i < $runs; $i++ ) {
		$request = new WP_REST_Request( 'GET', $route );
		$request->set_query_params( $params );
		$before   = $wpdb->num_queries;
		$start    = hrtime( true );
		$response = rest_do_request( $request );
		$times[]  = ( hrtime( true ) - $start ) / 1e6;
		$queries  = $wpdb->num_queries - $before;
		$total    = $response->get_headers()['X-WP-Total'] ?? null;
		if ( $response->is_error() ) {
			return array(
				'error' => $response->get_data(),
			);
		}
	}
	return array(
		'ms'      => round( audit_probe_median( $times ), 2 ),
		'queries' => $queries,
		'total'   => $total,
	);
}

wp_set_current_user( 1 );
rest_get_server();
$events = Audit_Schema::events_table();
$usage  = Audit_Schema::usage_table();

if ( 'request' === $action ) {
	$user = get_userdata( 1 );
	$list = WP_Application_Passwords::get_user_application_passwords( 1 );
	if ( ! $list ) {
		WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'Benchmark client' ) );
		$list = WP_Application_Passwords::get_user_application_passwords( 1 );
	}
	// A credential in steady use: used before, from this network.
	$item              = $list[0];
	$item['last_used'] = time() - 60;
	$item['last_ip']   = '127.0.0.1';
	$_SERVER['REMOTE_ADDR']    = '127.0.0.1';
	$_SERVER['REQUEST_METHOD'] = 'GET';
	$settings = new Audit_Settings();
	$times    = array();
	$queries  = array();
	$writes   = array();
	for ( $i = 0; $i < $runs; $i++ ) {
		$recorder     = new Audit_Recorder( new Audit_Context(), new Audit_Store(), new Audit_Alerts( $settings ) );
		$wpdb->queries = array();
		$start        = hrtime( true );
		$recorder->authenticated( $user, $item );
		$recorder->flush();
		$times[]   = ( hrtime( true ) - $start ) / 1e6;
		$queries[] = count( $wpdb->queries );
		$writes[]  = count( array_filter( $wpdb->queries, static fn( $query ) => (bool) preg_match( '/^\s*(INSERT|UPDATE|DELETE|REPLACE)/i', $query[0] ) ) );
	}
	echo wp_json_encode(
		array(
			'runs'          => $runs,
			'median_ms'     => round( audit_probe_median( $times ), 3 ),
			'queries'       => max( $queries ),
			'write_queries' => max( $writes ),
		)
	);
	exit;
}

if ( 'seed_events' === $action ) {
	$rows  = max( 1000, (int) ( $_GET['rows'] ?? 1000000 ) );
	$start = microtime( true );
	$wpdb->query( "TRUNCATE TABLE {$events}" );
	$values = array();
	for ( $i = 0; $i < 1000; $i++ ) {
		$values[] = $wpdb->prepare(
			"(%s, %s, %d, %s, %s, %s, 1, 'admin', 'application-password', %s, %s, 'GET', '/wp/v2/posts', '{}')",
			gmdate( 'Y-m-d H:i:s', time() - wp_rand( 0, 170 * DAY_IN_SECONDS ) ),
			array( 'first_use', 'created', 'failed_sign_in', 'new_address' )[ $i % 4 ],
			1 + $i % 100,
			'user' . ( 1 + $i % 100 ),
			wp_generate_uuid4(),
			'Client ' . $i,
			wp_generate_uuid4(),
			'203.0.113.' . ( $i % 250 )
		);
	}
	$columns = 'time, type, user_id, user_login, uuid, name, actor_id, actor_login, via, via_uuid, ip, method, route, context';
	$wpdb->query( "INSERT INTO {$events} ({$columns}) VALUES " . implode( ',', $values ) );
	while ( (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$events}" ) < $rows ) {
		$wpdb->query( "INSERT INTO {$events} ({$columns}) SELECT {$columns} FROM {$events} LIMIT " . (int) ( $rows - (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$events}" ) ) );
	}
	// As the daily purge does after rows arrive by other means than the plugin.
	( new Audit_Store() )->recount_events();
	echo wp_json_encode(
		array(
			'events'  => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$events}" ),
			'seconds' => round( microtime( true ) - $start, 1 ),
		)
	);
	exit;
}

if ( 'seed_usage' === $action ) {
	$credentials = max( 1, (int) ( $_GET['credentials'] ?? 100 ) );
	$days        = max( 1, (int) ( $_GET['days'] ?? 90 ) );
	$wpdb->query( "TRUNCATE TABLE {$usage}" );
	for ( $c = 0; $c < $credentials; $c++ ) {
		$uuid   = 0 === $c ? 'bench-0000-credential' : wp_generate_uuid4();
		$values = array();
		for ( $d = 0; $d < $days; $d++ ) {
			$day = gmdate( 'Y-m-d', time() - $d * DAY_IN_SECONDS );
			foreach ( array( 'wp/v2', 'wp-abilities/v1', 'ability:core/get-site-info' ) as $bucket ) {
				$values[] = $wpdb->prepare( "(%s, %s, '203.0.113.7', %s, 1, '203.0.113.0/24', 40, 3, %s, %s)", $uuid, $day, $bucket, $day . ' 08:00:00', $day . ' 18:00:00' );
			}
		}
		$wpdb->query( "INSERT INTO {$usage} (uuid, day, ip, bucket, user_id, net, requests, writes, first_seen, last_seen) VALUES " . implode( ',', $values ) );
	}
	echo wp_json_encode( array( 'usage_rows' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$usage}" ) ) );
	exit;
}

if ( 'pages' === $action ) {
	audit_probe_route( '/app-passwords-manager/v1/events', array(), 1 );
	echo wp_json_encode(
		array(
			'events_first_page'      => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20 ), $runs ),
			'events_one_owner'       => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20, 'user_id' => 1 ), $runs ),
			'events_one_type'        => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20, 'type' => array( 'failed_sign_in' ) ), $runs ),
			'events_search_address'  => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20, 'search' => '203.0.113.42' ), $runs ),
			'events_search_name'     => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20, 'search' => 'Client 99' ), $runs ),
			'events_search_broad'    => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20, 'search' => 'user7' ), $runs ),
			'events_search_one_type' => audit_probe_route( '/app-passwords-manager/v1/events', array( 'per_page' => 20, 'search' => '203.0.113.42', 'type' => array( 'failed_sign_in' ) ), $runs ),
			'usage_one_credential'   => audit_probe_route( '/app-passwords-manager/v1/usage/1/bench-0000-credential', array(), $runs ),
		)
	);
	exit;
}

if ( 'expire' === $action ) {
	$start = microtime( true );
	$wpdb->query( "UPDATE {$events} SET time = DATE_SUB(time, INTERVAL 200 DAY)" );
	echo wp_json_encode( array( 'seconds' => round( microtime( true ) - $start, 1 ) ) );
	exit;
}

if ( 'purge' === $action ) {
	$start  = microtime( true );
	$result = ( new Audit_Retention( new Audit_Settings(), new Audit_Store() ) )->run();
	echo wp_json_encode(
		$result + array(
			'seconds'   => round( microtime( true ) - $start, 1 ),
			'remaining' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$events}" ),
		)
	);
	exit;
}

status_header( 400 );
echo wp_json_encode( array( 'error' => 'Unknown action.' ) );
