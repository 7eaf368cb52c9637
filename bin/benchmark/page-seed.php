<?php
/**
 * Seeder for the page benchmark; `npm run benchmark:page` copies it into a throwaway
 * Playground site's root and calls it over HTTP. Never part of the plugin or its zip.
 *
 * ?credentials=N   gives user 1 N more application passwords (through core's own API).
 *
 * Users for the all-users overview are seeded by overview-probe.php (`action=seed`).
 *
 * @package MainWP_Application_Passwords\Benchmark
 */

// phpcs:disable WordPress.Security.NonceVerification.Recommended

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

wp_cache_flush();

echo wp_json_encode(
	array(
		'credentials' => count( WP_Application_Passwords::get_user_application_passwords( 1 ) ),
	)
);
