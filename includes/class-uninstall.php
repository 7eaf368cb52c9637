<?php
/**
 * What deleting the plugin removes: only what the plugin itself stored.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Removes the plugin's per-user view preferences, its site options (the MainWP menu placement,
 * the site policy), each credential's policy and its WP-Cron event, on every site of a network.
 *
 * Application passwords belong to WordPress core and stay: tools that use them keep working.
 */
final class Uninstall {

	/**
	 * The `@wordpress/preferences` scope the screen keeps its table view in (src/hooks/use-view.ts).
	 */
	public const PREFERENCES_SCOPE = 'mainwp-application-passwords';

	/**
	 * Suffix of the user meta key where core persists `@wordpress/preferences`, after the site's table prefix.
	 */
	private const PREFERENCES_META_SUFFIX = 'persisted_preferences';

	/**
	 * The site options the plugin stores (MainWP::REPLACE_BUILTIN_OPTION and
	 * Site_Policy::OPTION; those classes are not loaded on uninstall).
	 */
	private const OPTIONS = array( 'mainwp_application_passwords_replace_builtin', 'mainwp_application_passwords_policy' );

	/**
	 * Prefix of each credential's policy in user meta (Policy_Store::META_PREFIX).
	 */
	private const POLICY_META_PREFIX = '_mainwp_app_password_policy_';

	/**
	 * The plugin's WP-Cron event (Policy_Cleanup::CRON_HOOK).
	 */
	private const CRON_HOOK = 'mainwp_application_passwords_sweep';

	/**
	 * Removes the plugin's preferences scope from every user and its options, on each site of the network.
	 */
	public function run(): void {
		global $wpdb;

		$site_ids = is_multisite() ? get_sites(
			array(
				'fields' => 'ids',
				'number' => 0,
			)
		) : array( get_current_blog_id() );

		$this->remove_policies();
		foreach ( $site_ids as $site_id ) {
			$this->remove_preferences_scope( $wpdb->get_blog_prefix( (int) $site_id ) . self::PREFERENCES_META_SUFFIX );
			if ( is_multisite() ) {
				switch_to_blog( (int) $site_id );
			}
			foreach ( self::OPTIONS as $option ) {
				delete_option( $option );
			}
			wp_clear_scheduled_hook( self::CRON_HOOK );
			if ( is_multisite() ) {
				restore_current_blog();
			}
		}
	}

	/**
	 * Removes every credential's policy (user meta is shared by the sites of a network).
	 *
	 * The credentials stay, and work as WordPress alone would let them: without expiry,
	 * address or access limits.
	 */
	private function remove_policies(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- runs once, on uninstall; the user meta cache is flushed below.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->usermeta} WHERE meta_key LIKE %s", $wpdb->esc_like( self::POLICY_META_PREFIX ) . '%' ) );
		wp_cache_flush();
	}

	/**
	 * Removes the scope from each user's preferences under one meta key, keeping every other scope.
	 *
	 * @param string $meta_key User meta key, e.g. `wp_persisted_preferences`.
	 */
	private function remove_preferences_scope( string $meta_key ): void {
		$user_ids = get_users(
			array(
				'blog_id'      => 0,
				'fields'       => 'ID',
				'meta_key'     => $meta_key, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- Runs once, on uninstall.
				'meta_compare' => 'EXISTS',
			)
		);

		foreach ( $user_ids as $user_id ) {
			$preferences = get_user_meta( (int) $user_id, $meta_key, true );
			if ( ! is_array( $preferences ) || ! array_key_exists( self::PREFERENCES_SCOPE, $preferences ) ) {
				continue;
			}
			unset( $preferences[ self::PREFERENCES_SCOPE ] );
			// A newer time makes browsers take this copy over the one they cached in localStorage.
			$preferences['_modified'] = gmdate( 'Y-m-d\TH:i:s.000\Z' );
			update_user_meta( (int) $user_id, $meta_key, $preferences );
		}
	}
}
