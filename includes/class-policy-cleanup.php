<?php
/**
 * Removes a credential's policy when the credential goes, whoever revokes it, and sweeps what
 * is left over.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Follows every way a credential disappears: core's revoke (one, or all), MainWP's revoke (one,
 * or all), and anything that rewrites or deletes core's `_application_passwords` meta directly.
 * An hourly WP-Cron sweep removes orphans and revokes credentials whose rotation has ended.
 */
final class Policy_Cleanup {

	/**
	 * The WP-Cron event of the sweep.
	 */
	public const CRON_HOOK = 'mainwp_application_passwords_sweep';

	/**
	 * Policies.
	 *
	 * @var Policy_Store
	 */
	private Policy_Store $store;

	/**
	 * Stores the policies.
	 *
	 * @param Policy_Store $store Policies.
	 */
	public function __construct( Policy_Store $store ) {
		$this->store = $store;
	}

	/**
	 * Adds the hooks and schedules the sweep.
	 */
	public function register(): void {
		add_action( 'wp_delete_application_password', array( $this, 'forget' ), 10, 2 );
		add_action( 'mainwp_delete_application_password', array( $this, 'forget' ), 10, 2 );
		add_action( 'mainwp_delete_all_application_passwords', array( $this, 'prune' ) );
		add_action( 'updated_user_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_user_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( self::CRON_HOOK, array( $this, 'sweep' ) );
		add_action( 'init', array( $this, 'schedule' ) );
	}

	/**
	 * Schedules the hourly sweep once.
	 */
	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', self::CRON_HOOK );
		}
	}

	/**
	 * Removes a revoked credential's policy. A credential it was replacing keeps its schedule:
	 * revoking the new one never brings the old one back.
	 *
	 * @param int                  $user_id Owner.
	 * @param array<string, mixed> $item    The revoked credential.
	 */
	public function forget( $user_id, $item ): void {
		$uuid = (string) ( $item['uuid'] ?? '' );
		if ( '' !== $uuid && $this->store->has( (int) $user_id, $uuid ) ) {
			$this->store->delete( (int) $user_id, $uuid );
		}
	}

	/**
	 * Prunes a user's policies when core's list of their credentials is rewritten or deleted
	 * other than through the revoke functions.
	 *
	 * @param int|int[] $meta_ids Meta ids.
	 * @param int       $user_id  User.
	 * @param string    $key      Meta key.
	 */
	public function meta_changed( $meta_ids, $user_id, $key ): void {
		if ( WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS === $key ) {
			$this->prune( (int) $user_id );
		}
	}

	/**
	 * Removes the policies of a user's credentials that no longer exist.
	 *
	 * @param int $user_id User.
	 */
	public function prune( $user_id ): void {
		$user_id = (int) $user_id;
		$uuids   = $this->store->uuids( $user_id );
		if ( ! $uuids ) {
			return;
		}
		$existing = wp_list_pluck( WP_Application_Passwords::get_user_application_passwords( $user_id ), 'uuid' );
		foreach ( array_diff( $uuids, $existing ) as $orphan ) {
			$this->store->delete( $user_id, $orphan );
		}
	}

	/**
	 * Removes orphaned policies (of deleted credentials or users) and revokes credentials whose
	 * rotation has ended.
	 */
	public function sweep(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one query over the plugin's own keys, hourly.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT user_id, meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s",
				$wpdb->esc_like( Policy_Store::META_PREFIX ) . '%'
			)
		);
		$now = time();
		foreach ( $rows as $row ) {
			$user_id = (int) $row->user_id;
			$uuid    = substr( (string) $row->meta_key, strlen( Policy_Store::META_PREFIX ) );
			if ( ! get_userdata( $user_id ) || ! WP_Application_Passwords::get_user_application_password( $user_id, $uuid ) ) {
				$this->store->delete( $user_id, $uuid );
				continue;
			}
			$rotation = $this->store->get( $user_id, $uuid )['rotation'];
			if ( null !== $rotation && null !== $rotation['revoke_at'] && $rotation['revoke_at'] <= $now ) {
				WP_Application_Passwords::delete_application_password( $user_id, $uuid );
			}
		}
	}
}
