<?php
/**
 * The users holding application passwords, as the overview query reads them.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Application_Passwords;
use WP_User_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Reads only the users who hold application passwords (a query on core's user meta key), a
 * chunk at a time, so the overview costs the same however many users have none.
 *
 * Plain arrays and loops, no generators: on Playground with MySQL or MariaDB (php-wasm, where
 * each query is a network call PHP must pause on), a query run while a generator is resumed by
 * a `foreach` over a variable crashed PHP ("RuntimeError: unreachable"), as the overview did.
 */
final class Credential_Holders {

	/**
	 * How many credential holders are loaded at once.
	 */
	private const PER_QUERY = 200;

	/**
	 * Returns each holder whose credentials the current user may list, in Overview_Query's shape.
	 *
	 * @return array<int, array{owner: \WP_User, login: string, name: string, credentials: array<int, array<string, mixed>>}>
	 */
	public function visible_to_current_user(): array {
		$holders = array();
		$offset  = 0;
		do {
			$users = $this->chunk( $offset );
			foreach ( $users as $user ) {
				if ( ! current_user_can( 'list_app_passwords', $user->ID ) ) {
					continue;
				}
				$holders[] = array(
					'owner'       => $user,
					'login'       => (string) $user->user_login,
					'name'        => (string) $user->display_name,
					'credentials' => WP_Application_Passwords::get_user_application_passwords( $user->ID ),
				);
			}
			$offset += self::PER_QUERY;
		} while ( count( $users ) === self::PER_QUERY );
		return $holders;
	}

	/**
	 * Returns one chunk of the users holding at least one application password, by id.
	 *
	 * Core keeps an empty list in the meta after "revoke all", so empty lists are skipped in SQL.
	 *
	 * @param int $offset Users to skip.
	 * @return \WP_User[]
	 */
	private function chunk( int $offset ): array {
		$query = new WP_User_Query(
			array(
				'meta_query'  => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- indexed meta_key; the point of the overview.
					array(
						'key'     => WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS,
						'value'   => serialize( array() ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- how core stores an empty list.
						'compare' => '!=',
					),
				),
				'fields'      => 'all',
				'orderby'     => 'ID',
				'order'       => 'ASC',
				'number'      => self::PER_QUERY,
				'offset'      => $offset,
				'count_total' => false,
			)
		);
		$users = $query->get_results();
		// Loads the chunk's user meta in one query instead of one per user.
		update_meta_cache( 'user', wp_list_pluck( $users, 'ID' ) );
		return $users;
	}
}
