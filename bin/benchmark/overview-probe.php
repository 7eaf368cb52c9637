<?php
/**
 * Benchmark probe for the all-users overview; `npm run benchmark` copies it into a throwaway
 * Playground site's root and calls it over HTTP. Never part of the plugin or its zip.
 *
 * ?action=seed&users=N&holders=M  adds N subscribers (fast: straight SQL), M of them holding
 *                                 two application passwords each (through core's own API).
 * ?action=measure&runs=R          times R cold requests for the overview's first page.
 *
 * @package MainWP_Application_Passwords\Benchmark
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.Security.NonceVerification.Recommended, WordPress.WP.AlternativeFunctions

define( 'SAVEQUERIES', true );
require __DIR__ . '/wp-load.php';

header( 'Content-Type: application/json' );
$action = isset( $_GET['action'] ) ? (string) $_GET['action'] : '';

if ( 'seed' === $action ) {
	global $wpdb;
	$users   = max( 0, (int) ( $_GET['users'] ?? 0 ) );
	$holders = min( $users, max( 0, (int) ( $_GET['holders'] ?? 0 ) ) );
	$ids     = array();
	$hash    = wp_hash_password( 'unused' );
	for ( $i = 1; $i <= $users; $i++ ) {
		$login = sprintf( 'bench-%05d', $i );
		$wpdb->insert(
			$wpdb->users,
			array(
				'user_login'      => $login,
				'user_pass'       => $hash,
				'user_nicename'   => $login,
				'user_email'      => $login . '@example.com',
				'user_registered' => gmdate( 'Y-m-d H:i:s' ),
				'display_name'    => 'Bench ' . $i,
			)
		);
		$ids[] = (int) $wpdb->insert_id;
		$wpdb->insert(
			$wpdb->usermeta,
			array(
				'user_id'    => $wpdb->insert_id,
				'meta_key'   => $wpdb->prefix . 'capabilities',
				'meta_value' => serialize( array( 'subscriber' => true ) ),
			)
		);
	}
	// Spread the holders over the whole id range, not just the first users.
	$step = $holders ? max( 1, intdiv( $users, $holders ) ) : 1;
	for ( $h = 0; $h < $holders; $h++ ) {
		$user_id = $ids[ $h * $step ];
		WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'Zapier' ) );
		WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'Claude Desktop' ) );
	}
	wp_cache_flush();
	echo wp_json_encode(
		array(
			'users'   => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" ),
			'holders' => $holders,
		)
	);
	exit;
}

if ( 'measure' === $action ) {
	global $wpdb;
	$runs    = max( 1, min( 50, (int) ( $_GET['runs'] ?? 5 ) ) );
	$times   = array();
	$queries = array();
	$memory  = array();
	$total   = null;
	$items   = null;
	wp_set_current_user( 1 );
	for ( $run = 0; $run < $runs; $run++ ) {
		// Each run starts as a new request would: nothing cached.
		wp_cache_flush();
		$request = new WP_REST_Request( 'GET', '/app-passwords-manager/v1/application-passwords' );
		$request->set_query_params( array( 'per_page' => 20 ) );
		$before_queries = $wpdb->num_queries;
		$before_memory  = memory_get_usage();
		memory_reset_peak_usage();
		$start    = hrtime( true );
		$response = rest_do_request( $request );
		$times[]  = ( hrtime( true ) - $start ) / 1e6;
		$memory[] = memory_get_peak_usage() - $before_memory;
		$queries[] = $wpdb->num_queries - $before_queries;
		$status   = $response->get_status();
		if ( 200 !== $status ) {
			echo wp_json_encode( array( 'error' => $response->get_data() ) );
			exit;
		}
		$total = (int) $response->get_headers()['X-WP-Total'];
		$items = count( $response->get_data() );
	}
	sort( $times );
	echo wp_json_encode(
		array(
			'medianMs'   => $times[ intdiv( count( $times ), 2 ) ],
			'queries'    => max( $queries ),
			'peakMemory' => max( $memory ),
			'total'      => $total,
			'items'      => $items,
			'users'      => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" ),
		)
	);
	exit;
}

http_response_code( 400 );
echo wp_json_encode( array( 'error' => 'Unknown action.' ) );
