<?php
/**
 * Must-use plugin for the page benchmark only (`npm run benchmark:page` copies it into its
 * throwaway site; never part of the plugin or its zip): `&bench_app_only=1` in the page's URL
 * turns off the rows PHP draws before the app, so that one run measures the page with and
 * without them under the same load.
 *
 * @package MainWP_Application_Passwords\Benchmark
 */

add_filter(
	'mainwp_application_passwords_draw_first_rows',
	static function ( $draw ) {
		return $draw && empty( $_GET['bench_app_only'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- benchmark switch.
	}
);
