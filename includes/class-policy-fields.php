<?php
/**
 * The policy fields on core's `application-password` REST object, and the site's defaults for
 * every new credential.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Adds `expires`, `access`, `allowed_ips` (writable) and `rotation` (read only) to core's
 * application-password responses, checks them before core creates or updates anything, and
 * gives every new credential the site's defaults, however it is made (core's profile screen
 * and REST routes, MainWP's own page, WP-CLI, this plugin).
 */
final class Policy_Fields {

	/**
	 * The writable fields.
	 */
	public const WRITABLE = array( 'expires', 'access', 'allowed_ips' );

	/**
	 * The most addresses and ranges one credential may list.
	 */
	public const MAX_ADDRESSES = 100;

	/**
	 * Policies.
	 *
	 * @var Policy_Store
	 */
	private Policy_Store $store;

	/**
	 * Site defaults and maximum.
	 *
	 * @var Site_Policy
	 */
	private Site_Policy $site;

	/**
	 * The checked policy for the credential core is about to create, and its owner.
	 *
	 * @var array{user_id: int, policy: array<string, mixed>}|null
	 */
	private ?array $next_creation = null;

	/**
	 * Checked policy changes of update requests, by request object id, until core has saved.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $pending_updates = array();

	/**
	 * Stores the policies and the site policy.
	 *
	 * @param Policy_Store $store Policies.
	 * @param Site_Policy  $site  Site defaults and maximum.
	 */
	public function __construct( Policy_Store $store, Site_Policy $site ) {
		$this->store = $store;
		$this->site  = $site;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_fields' ) );
		add_filter( 'rest_pre_insert_application_password', array( $this, 'check_request' ), 10, 2 );
		add_action( 'rest_after_insert_application_password', array( $this, 'save_update' ), 10, 3 );
		add_action( 'wp_create_application_password', array( $this, 'apply_to_new' ), 10, 2 );
		add_action( 'mainwp_create_application_password', array( $this, 'apply_to_new' ), 10, 2 );
	}

	/**
	 * Registers the fields on core's object.
	 */
	public function register_fields(): void {
		foreach ( self::schema() as $field => $schema ) {
			register_rest_field(
				'application-password',
				$field,
				array(
					'get_callback' => array( $this, 'get_field' ),
					'schema'       => $schema,
				)
			);
		}
	}

	/**
	 * The fields' schemas.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function schema(): array {
		return array(
			'expires'     => array(
				'description' => __( 'When the application password stops working, ISO 8601 (returned in UTC), or null for never.', 'mainwp-application-passwords' ),
				'type'        => array( 'string', 'null' ),
				'context'     => array( 'view', 'edit' ),
			),
			'access'      => array(
				'description' => __( 'What the application password may do: "full" (everything its user may do) or "read" (only read requests and read-only abilities).', 'mainwp-application-passwords' ),
				'type'        => 'string',
				'enum'        => Policy_Rules::ACCESS,
				'context'     => array( 'view', 'edit' ),
			),
			'allowed_ips' => array(
				'description' => __( 'IPv4 and IPv6 addresses and CIDR ranges the application password may be used from; empty for anywhere.', 'mainwp-application-passwords' ),
				'type'        => 'array',
				'items'       => array( 'type' => 'string' ),
				'maxItems'    => self::MAX_ADDRESSES,
				'context'     => array( 'view', 'edit' ),
			),
			'rotation'    => array(
				'description' => __( 'The roll this application password is part of: the credential replacing it and when it stops working, or the one it replaces; null when none.', 'mainwp-application-passwords' ),
				'type'        => array( 'object', 'null' ),
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
				'properties'  => array(
					'replaced_by' => array( 'type' => array( 'string', 'null' ) ),
					'replaces'    => array( 'type' => array( 'string', 'null' ) ),
					'revoke_at'   => array( 'type' => array( 'string', 'null' ) ),
					'grace'       => array( 'type' => array( 'integer', 'null' ) ),
				),
			),
		);
	}

	/**
	 * Returns one field of a credential in a core response.
	 *
	 * @param array<string, mixed> $item    The response so far (with `uuid`).
	 * @param string               $field   Field name.
	 * @param WP_REST_Request      $request Request (with `user_id`).
	 * @return mixed
	 */
	public function get_field( $item, $field, $request ) {
		$user_id = self::user_id( $request );
		if ( ! $user_id || empty( $item['uuid'] ) ) {
			return null;
		}
		return Policy_Store::to_rest( $this->store->get( $user_id, (string) $item['uuid'] ) )[ $field ] ?? null;
	}

	/**
	 * Checks the policy fields of a create or update request before core saves anything, and
	 * keeps them for after.
	 *
	 * @param \stdClass|WP_Error $prepared What core is about to save.
	 * @param WP_REST_Request    $request  Request.
	 * @return \stdClass|WP_Error
	 */
	public function check_request( $prepared, $request ) {
		if ( is_wp_error( $prepared ) ) {
			return $prepared;
		}
		$given = $this->checked_fields( $request );
		if ( is_wp_error( $given ) ) {
			return $given;
		}
		$creating = empty( $request['uuid'] );
		if ( $creating ) {
			$this->next_creation = array(
				'user_id' => self::user_id( $request ),
				'policy'  => $given,
			);
		} elseif ( $given ) {
			$this->pending_updates[ spl_object_id( $request ) ] = $given;
		}
		return $prepared;
	}

	/**
	 * Gives the next credential core creates for this user this policy, on top of the site's
	 * defaults (used when rolling a credential).
	 *
	 * @param int                  $user_id Owner.
	 * @param array<string, mixed> $policy  Any of expires (timestamp), access, allowed_ips.
	 */
	public function use_for_next_creation( int $user_id, array $policy ): void {
		$this->next_creation = array(
			'user_id' => $user_id,
			'policy'  => $policy,
		);
	}

	/**
	 * Stores a new credential's policy: the site's defaults, and what its request asked for.
	 *
	 * @param int                  $user_id Owner.
	 * @param array<string, mixed> $item    The new credential as stored.
	 */
	public function apply_to_new( $user_id, $item ): void {
		$user_id = (int) $user_id;
		$site    = $this->site->get();
		$policy  = array(
			'expires' => $this->site->default_expiry( (int) ( $item['created'] ?? time() ) ),
			'access'  => $site['default_access'],
		);
		if ( null !== $this->next_creation && $this->next_creation['user_id'] === $user_id ) {
			$policy = array_merge( $policy, $this->next_creation['policy'] );
		}
		$this->next_creation = null;
		$this->store->save( $user_id, (string) $item['uuid'], $policy, true );
	}

	/**
	 * Saves an update request's policy changes once core has saved the credential.
	 *
	 * @param array<string, mixed> $item     The credential.
	 * @param WP_REST_Request      $request  Request.
	 * @param bool                 $creating Whether it was created.
	 */
	public function save_update( $item, $request, $creating ): void {
		$key = spl_object_id( $request );
		if ( $creating || ! isset( $this->pending_updates[ $key ] ) ) {
			return;
		}
		$this->store->save( self::user_id( $request ), (string) $item['uuid'], $this->pending_updates[ $key ] );
		unset( $this->pending_updates[ $key ] );
	}

	/**
	 * Reads and checks the policy fields a request sets.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error The fields given, ready to store.
	 */
	private function checked_fields( WP_REST_Request $request ) {
		$given = array();
		$site  = $this->site->get();
		if ( $request->has_param( 'expires' ) ) {
			$value = $request->get_param( 'expires' );
			if ( null === $value || '' === $value ) {
				$expires = null;
			} else {
				$expires = Policy_Rules::parse_date( (string) $value );
				if ( null === $expires ) {
					return self::invalid(
						'expires',
						sprintf(
							/* translators: %s: The value sent. */
							__( 'expires: "%s" is not a date and time. Send ISO 8601, e.g. 2026-12-31T23:59:59Z, or null for never.', 'mainwp-application-passwords' ),
							(string) $value
						)
					);
				}
			}
			$problem = Policy_Rules::expiry_problem( $expires, time(), $site['max_lifetime_days'] );
			if ( null !== $problem ) {
				return self::invalid( 'expires', $this->expiry_message( $problem, $expires, $site['max_lifetime_days'] ) );
			}
			$given['expires'] = $expires;
		}
		if ( $request->has_param( 'access' ) ) {
			$given['access'] = (string) $request->get_param( 'access' );
		}
		if ( $request->has_param( 'allowed_ips' ) ) {
			$entries = array();
			foreach ( (array) $request->get_param( 'allowed_ips' ) as $entry ) {
				$normal = Ip_Matcher::normalize( (string) $entry );
				if ( null === $normal ) {
					return self::invalid(
						'allowed_ips',
						sprintf(
							/* translators: %s: The entry sent. */
							__( 'allowed_ips: "%s" is not an IPv4 or IPv6 address or CIDR range (e.g. 203.0.113.7, 10.0.0.0/8, 2001:db8::/32).', 'mainwp-application-passwords' ),
							(string) $entry
						)
					);
				}
				$entries[] = $normal;
			}
			$given['allowed_ips'] = array_values( array_unique( $entries ) );
		}
		return $given;
	}

	/**
	 * Says in words what is wrong with a requested expiry.
	 *
	 * @param string   $problem  One of Policy_Rules::expiry_problem()'s answers.
	 * @param int|null $expires  The requested expiry.
	 * @param int|null $max_days The site's maximum lifetime.
	 * @return string
	 */
	private function expiry_message( string $problem, ?int $expires, ?int $max_days ): string {
		if ( 'past' === $problem ) {
			return sprintf(
				/* translators: %s: Date and time in UTC. */
				__( 'expires: %s is not in the future. Choose a later date, or null for never.', 'mainwp-application-passwords' ),
				(string) Policy_Rules::format_date( $expires )
			);
		}
		if ( 'never_not_allowed' === $problem ) {
			return sprintf(
				/* translators: %d: Number of days. */
				__( 'expires: this site does not allow application passwords that never expire. Choose a date at most %d days from now.', 'mainwp-application-passwords' ),
				(int) $max_days
			);
		}
		return sprintf(
			/* translators: 1: Number of days, 2: Date and time in UTC. */
			__( 'expires: this site allows application passwords to last at most %1$d days, so until %2$s at the latest.', 'mainwp-application-passwords' ),
			(int) $max_days,
			(string) Policy_Rules::format_date( time() + (int) $max_days * Policy_Rules::DAY )
		);
	}

	/**
	 * The owner a core application-password request is about (`me` is the current user).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return int
	 */
	public static function user_id( $request ): int {
		$user_id = $request instanceof WP_REST_Request ? $request->get_param( 'user_id' ) : null;
		return 'me' === $user_id ? get_current_user_id() : (int) $user_id;
	}

	/**
	 * A `rest_invalid_param` error whose message names the field and the bad value.
	 *
	 * @param string $field   Field.
	 * @param string $message What is wrong.
	 * @return WP_Error
	 */
	private static function invalid( string $field, string $message ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}
}
