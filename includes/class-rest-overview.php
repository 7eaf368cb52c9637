<?php
/**
 * Read-only REST routes core lacks: every user's application passwords in one list, and what
 * the current user may do with one owner's.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Application_Passwords;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_User;
use WP_User_Query;

defined( 'ABSPATH' ) || exit;

/**
 * `GET /app-passwords-manager/v1/application-passwords` and `GET .../owners/{id}`.
 *
 * The namespace must not start with "mainwp": MainWP's authenticator claims those routes.
 * Items carry exactly the fields core's own application-password routes show (never a hash),
 * plus their owner.
 */
final class Rest_Overview {

	/**
	 * REST namespace.
	 */
	public const NAMESPACE = 'app-passwords-manager/v1';

	/**
	 * Days without use after which a credential counts as idle.
	 */
	public const IDLE_DAYS = 90;

	/**
	 * How many credential holders are loaded at once while walking them.
	 */
	private const HOLDERS_PER_QUERY = 200;

	/**
	 * What the current user may do.
	 *
	 * @var Rights
	 */
	private Rights $rights;

	/**
	 * Stores the rights.
	 *
	 * @param Rights $rights What the current user may do.
	 */
	public function __construct( Rights $rights ) {
		$this->rights = $rights;
	}

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * Registers the routes.
	 */
	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/application-passwords',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'can_view_all' ),
				'args'                => array(
					'page'     => array(
						'description' => __( 'Current page of the collection.', 'mainwp-application-passwords' ),
						'type'        => 'integer',
						'default'     => 1,
						'minimum'     => 1,
					),
					'per_page' => array(
						'description' => __( 'Maximum number of items to be returned in result set.', 'mainwp-application-passwords' ),
						'type'        => 'integer',
						'default'     => 20,
						'minimum'     => 1,
						'maximum'     => 100,
					),
					'search'   => array(
						'description' => __( 'Limit results to credentials whose name, or whose owner\'s username or display name, contains this text.', 'mainwp-application-passwords' ),
						'type'        => 'string',
						'default'     => '',
					),
					'orderby'  => array(
						'description' => __( 'Sort by this field.', 'mainwp-application-passwords' ),
						'type'        => 'string',
						'default'     => 'created',
						'enum'        => array( 'created', 'last_used', 'name' ),
					),
					'order'    => array(
						'description' => __( 'Sort direction.', 'mainwp-application-passwords' ),
						'type'        => 'string',
						'default'     => 'desc',
						'enum'        => array( 'asc', 'desc' ),
					),
					'usage'    => array(
						'description' => __( 'Limit results to credentials never used ("never") or not used in the last 90 days ("idle90", which includes never used).', 'mainwp-application-passwords' ),
						'type'        => 'array',
						'items'       => array(
							'type' => 'string',
							'enum' => array( 'never', 'idle90' ),
						),
						'default'     => array(),
					),
				),
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/owners/(?P<id>[\d]+)',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_owner' ),
				'permission_callback' => array( $this, 'can_list_owner' ),
				'args'                => array(
					'id' => array(
						'description' => __( 'The owner\'s user id.', 'mainwp-application-passwords' ),
						'type'        => 'integer',
					),
				),
			)
		);
	}

	/**
	 * Permission for the overview: may the current user see every user's credentials?
	 *
	 * @return true|WP_Error
	 */
	public function can_view_all() {
		if ( $this->rights->can_view_all() ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to list the application passwords of all users.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Permission for one owner: may the current user list that user's credentials?
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_list_owner( WP_REST_Request $request ) {
		$user = get_userdata( (int) $request['id'] );
		if ( ! $user ) {
			return new WP_Error( 'rest_user_invalid_id', __( 'Invalid user ID.' ), array( 'status' => 404 ) ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
		}
		if ( ! current_user_can( 'list_app_passwords', $user->ID ) ) {
			return new WP_Error(
				'rest_cannot_list_application_passwords',
				__( 'Sorry, you are not allowed to list application passwords for this user.' ), // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
				array( 'status' => rest_authorization_required_code() )
			);
		}
		return true;
	}

	/**
	 * Returns one owner and what the current user may do with their credentials.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_owner( WP_REST_Request $request ): WP_REST_Response {
		$user = get_userdata( (int) $request['id'] );
		return rest_ensure_response( $user ? $this->rights->describe_owner( $user ) : null );
	}

	/**
	 * Lists one page of every user's credentials that the current user may see.
	 *
	 * Walks only the users who hold application passwords (a query on core's user meta key),
	 * a chunk at a time, so a page costs the same however many users have none.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( WP_REST_Request $request ): WP_REST_Response {
		$search = self::fold( trim( (string) $request['search'] ) );
		$usage  = array_values( array_intersect( array( 'never', 'idle90' ), (array) $request['usage'] ) );
		$since  = time() - self::IDLE_DAYS * DAY_IN_SECONDS;
		$rows   = array();

		foreach ( $this->holder_chunks() as $users ) {
			foreach ( $users as $user ) {
				if ( ! current_user_can( 'list_app_passwords', $user->ID ) ) {
					continue;
				}
				$owner_matches = '' !== $search && ( str_contains( self::fold( $user->user_login ), $search ) || str_contains( self::fold( $user->display_name ), $search ) );
				foreach ( WP_Application_Passwords::get_user_application_passwords( $user->ID ) as $item ) {
					if ( '' !== $search && ! $owner_matches && ! str_contains( self::fold( (string) $item['name'] ), $search ) ) {
						continue;
					}
					if ( $usage && ! $this->matches_usage( $item, $usage, $since ) ) {
						continue;
					}
					$rows[] = array(
						'user'      => $user,
						'uuid'      => (string) $item['uuid'],
						'app_id'    => (string) ( $item['app_id'] ?? '' ),
						'name'      => (string) $item['name'],
						'created'   => (int) $item['created'],
						'last_used' => empty( $item['last_used'] ) ? null : (int) $item['last_used'],
						'last_ip'   => empty( $item['last_ip'] ) ? null : (string) $item['last_ip'],
					);
				}
			}
		}

		$this->sort( $rows, (string) $request['orderby'], 'asc' === $request['order'] );

		$total    = count( $rows );
		$per_page = (int) $request['per_page'];
		$pages    = (int) ceil( $total / $per_page );
		$page     = array_slice( $rows, ( (int) $request['page'] - 1 ) * $per_page, $per_page );
		$owners   = array();
		$data     = array();
		foreach ( $page as $row ) {
			$user_id = (int) $row['user']->ID;
			if ( ! isset( $owners[ $user_id ] ) ) {
				$owners[ $user_id ] = $this->rights->describe_owner( $row['user'] );
			}
			$data[] = array(
				'uuid'      => $row['uuid'],
				'app_id'    => $row['app_id'],
				'name'      => $row['name'],
				// The same shapes as core's routes: UTC, without a zone marker.
				'created'   => gmdate( 'Y-m-d\TH:i:s', $row['created'] ),
				'last_used' => null === $row['last_used'] ? null : gmdate( 'Y-m-d\TH:i:s', $row['last_used'] ),
				'last_ip'   => $row['last_ip'],
				'owner'     => $owners[ $user_id ],
			);
		}

		$response = rest_ensure_response( $data );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) $pages );
		return $response;
	}

	/**
	 * Lowercases text for a case-insensitive search, beyond ASCII where PHP can.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private static function fold( string $text ): string {
		return function_exists( 'mb_strtolower' ) ? mb_strtolower( $text, 'UTF-8' ) : strtolower( $text );
	}

	/**
	 * Yields the users holding at least one application password, a chunk at a time.
	 *
	 * Core keeps an empty list in the meta after "revoke all", so empty lists are skipped in SQL.
	 *
	 * @return \Generator<int, WP_User[]>
	 */
	private function holder_chunks(): \Generator {
		$offset = 0;
		do {
			$query = new WP_User_Query(
				array(
					'meta_query'  => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- indexed meta_key; the point of the route.
						array(
							'key'     => WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS,
							'value'   => serialize( array() ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- how core stores an empty list.
							'compare' => '!=',
						),
					),
					'fields'      => 'all',
					'orderby'     => 'ID',
					'order'       => 'ASC',
					'number'      => self::HOLDERS_PER_QUERY,
					'offset'      => $offset,
					'count_total' => false,
				)
			);
			$users = $query->get_results();
			// Loads the chunk's user meta in one query instead of one per user.
			update_meta_cache( 'user', wp_list_pluck( $users, 'ID' ) );
			yield $users;
			$offset += self::HOLDERS_PER_QUERY;
		} while ( count( $users ) === self::HOLDERS_PER_QUERY );
	}

	/**
	 * Tells whether a credential matches any of the usage filters.
	 *
	 * @param array<string, mixed> $item  Credential as core stores it.
	 * @param string[]             $usage Filters: 'never', 'idle90'.
	 * @param int                  $since Start of the idle window (Unix time).
	 * @return bool
	 */
	private function matches_usage( array $item, array $usage, int $since ): bool {
		if ( empty( $item['last_used'] ) ) {
			return true;
		}
		return in_array( 'idle90', $usage, true ) && (int) $item['last_used'] < $since;
	}

	/**
	 * Sorts rows in place; never-used sorts as the oldest, ties by name then uuid.
	 *
	 * @param array<int, array<string, mixed>> $rows      Rows.
	 * @param string                           $orderby   'created', 'last_used' or 'name'.
	 * @param bool                             $ascending Direction.
	 */
	private function sort( array &$rows, string $orderby, bool $ascending ): void {
		usort(
			$rows,
			static function ( array $a, array $b ) use ( $orderby, $ascending ): int {
				$order = 'name' === $orderby
					? strcasecmp( $a['name'], $b['name'] )
					: (int) $a[ $orderby ] <=> (int) $b[ $orderby ];
				if ( ! $ascending ) {
					$order = -$order;
				}
				return 0 !== $order ? $order : ( strcasecmp( $a['name'], $b['name'] ) ?: strcmp( $a['uuid'], $b['uuid'] ) );
			}
		);
	}
}
