<?php
/**
 * Seeder for the page benchmark; `npm run benchmark:page` copies it into a throwaway
 * Playground site's root and calls it over HTTP. Never part of the plugin or its zip.
 *
 * ?credentials=N           gives user 1 N application passwords (through core's own API).
 * ?users=N&holders=M       adds N subscribers (straight SQL), M of them holding two each.
 *
 * @package MainWP_Application_Passwords\Benchmark
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.Security.NonceVerification.Recommended

require __DIR__ . '/wp-load.php';

header( 'Content-Type: application/json' );

$credentials = max( 0, min( 2000, (int) ( $_GET['credentials'] ?? 0 ) ) );
// Numbered on from what user 1 has, so that every name is unique across seeding calls.
$existing = count( WP_Application_Passwords::get_user_application_passwords( 1 ) );
for ( $i = $existing + 1; $i <= $existing + $credentials; $i++ ) {
	WP_Application_Passwords::create_new_application_password(
		1,
		array( 'name' => sprintf( 'Bench %04d', $i ) )
	);
}

$users   = max( 0, min( 5000, (int) ( $_GET['users'] ?? 0 ) ) );
$holders = min( $users, max( 0, (int) ( $_GET['holders'] ?? 0 ) ) );
$ids     = array();
$hash    = wp_hash_password( 'unused' );
global $wpdb;
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
			'display_name'    => 'Bench user ' . $i,
		)
	);
	$ids[] = (int) $wpdb->insert_id;
	$wpdb->insert(
		$wpdb->usermeta,
		array(
			'user_id'    => $wpdb->insert_id,
			'meta_key'   => $wpdb->prefix . 'capabilities',
			'meta_value' => serialize( array( 'subscriber' => true ) ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize
		)
	);
}
$step = $holders ? max( 1, intdiv( $users, $holders ) ) : 1;
for ( $h = 0; $h < $holders; $h++ ) {
	WP_Application_Passwords::create_new_application_password( $ids[ $h * $step ], array( 'name' => 'Zapier' ) );
	WP_Application_Passwords::create_new_application_password( $ids[ $h * $step ], array( 'name' => 'Claude Desktop' ) );
}
wp_cache_flush();

echo wp_json_encode(
	array(
		'credentials' => count( WP_Application_Passwords::get_user_application_passwords( 1 ) ),
		'users'       => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" ),
	)
);
