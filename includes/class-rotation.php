<?php
/**
 * Rolling a credential: a new one with the same name, App ID and policy, and the old one
 * revoked at the new one's first use plus a grace, or at a deadline, whichever comes first.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Application_Passwords;
use WP_Error;
use WP_REST_Application_Passwords_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * `POST /app-passwords-manager/v1/users/{user_id}/application-passwords/{uuid}/roll`, and the
 * new credential's first use, which starts the old one's grace. Policy_Enforcement refuses the
 * old one once its time is up; Policy_Cleanup's sweep revokes it.
 */
final class Rotation {

	/**
	 * The longest grace after the new credential's first use (seven days).
	 */
	public const MAX_GRACE = 604800;

	/**
	 * Policies.
	 *
	 * @var Policy_Store
	 */
	private Policy_Store $store;

	/**
	 * The policy fields, to hand the old policy to the new credential.
	 *
	 * @var Policy_Fields
	 */
	private Policy_Fields $fields;

	/**
	 * Site defaults and maximum.
	 *
	 * @var Site_Policy
	 */
	private Site_Policy $site;

	/**
	 * Stores what rolling needs.
	 *
	 * @param Policy_Store  $store  Policies.
	 * @param Policy_Fields $fields Policy fields.
	 * @param Site_Policy   $site   Site defaults and maximum.
	 */
	public function __construct( Policy_Store $store, Policy_Fields $fields, Site_Policy $site ) {
		$this->store  = $store;
		$this->fields = $fields;
		$this->site   = $site;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		add_action( 'application_password_did_authenticate', array( $this, 'note_use' ), 10, 2 );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			Rest_Overview::NAMESPACE,
			'/users/(?P<user_id>\d+)/application-passwords/(?P<uuid>[\w-]+)/roll',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'roll' ),
					'permission_callback' => array( $this, 'roll_permissions_check' ),
					'args'                => array(
						'deadline' => array(
							'description' => __( 'When the old application password stops working at the latest: now, in 1 hour, 1 day or 7 days.', 'mainwp-application-passwords' ),
							'type'        => 'string',
							'enum'        => array_keys( Policy_Rules::DEADLINES ),
							'default'     => '1d',
						),
						'grace'    => array(
							'description' => __( 'Seconds the old application password keeps working after the new one is first used.', 'mainwp-application-passwords' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'maximum'     => self::MAX_GRACE,
							'default'     => Policy_Rules::DEFAULT_GRACE,
						),
					),
				),
			)
		);
	}

	/**
	 * Permission: the same as creating an application password for that user.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function roll_permissions_check( WP_REST_Request $request ) {
		$user_id = (int) $request['user_id'];
		if ( ! get_userdata( $user_id ) ) {
			return new WP_Error( 'rest_user_invalid_id', __( 'Invalid user ID.' ), array( 'status' => 404 ) ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
		}
		if ( ! current_user_can( 'create_app_password', $user_id ) || ! current_user_can( 'edit_app_password', $user_id, (string) $request['uuid'] ) ) {
			return new WP_Error(
				'rest_cannot_create_application_passwords',
				__( 'Sorry, you are not allowed to create application passwords for this user.' ), // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
				array( 'status' => rest_authorization_required_code() )
			);
		}
		return true;
	}

	/**
	 * Creates the replacement and schedules the old credential's end.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function roll( WP_REST_Request $request ) {
		$user_id  = (int) $request['user_id'];
		$old_uuid = (string) $request['uuid'];
		$old      = WP_Application_Passwords::get_user_application_password( $user_id, $old_uuid );
		if ( ! $old ) {
			return new WP_Error( 'rest_application_password_not_found', __( 'Application password not found.' ), array( 'status' => 404 ) ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
		}
		$policy   = $this->store->get( $user_id, $old_uuid );
		$replaced = $policy['rotation']['replaced_by'] ?? null;
		if ( null !== $replaced && WP_Application_Passwords::get_user_application_password( $user_id, $replaced ) ) {
			return new WP_Error(
				'application_password_already_rolled',
				__( 'This application password has already been rolled. Roll or revoke its replacement instead.', 'mainwp-application-passwords' ),
				array(
					'status'      => 409,
					'replaced_by' => $replaced,
				)
			);
		}

		$now     = time();
		$site    = $this->site->get();
		$expires = Policy_Rules::rolled_expiry( $policy['expires'], $now, $site['default_lifetime_days'], $site['max_lifetime_days'] );
		$this->fields->use_for_next_creation(
			$user_id,
			array(
				'expires'     => $expires,
				'access'      => $policy['access'],
				'allowed_ips' => $policy['allowed_ips'],
			)
		);
		$created = WP_Application_Passwords::create_new_application_password(
			$user_id,
			wp_slash(
				array(
					'name'   => $old['name'],
					'app_id' => $old['app_id'] ?? '',
				)
			)
		);
		if ( is_wp_error( $created ) ) {
			return $created;
		}
		list( $password, $new ) = $created;

		$grace    = (int) $request['grace'];
		$deadline = $now + Policy_Rules::DEADLINES[ (string) $request['deadline'] ];
		$this->store->save_rotation(
			$user_id,
			$new['uuid'],
			array( 'replaces' => $old_uuid )
		);
		$this->store->save_rotation(
			$user_id,
			$old_uuid,
			array(
				'replaced_by' => $new['uuid'],
				'replaces'    => $policy['rotation']['replaces'] ?? null,
				'deadline'    => $deadline,
				'revoke_at'   => $deadline,
				'grace'       => $grace,
			)
		);
		/**
		 * Fires when a credential is rolled.
		 *
		 * @param int    $user_id  Owner.
		 * @param string $old_uuid The credential being replaced.
		 * @param string $new_uuid Its replacement.
		 * @param array  $schedule `deadline` (ISO UTC), `grace` (seconds), `revoke_at` (ISO UTC, as now known).
		 */
		do_action(
			'mainwp_application_passwords_rotated',
			$user_id,
			$old_uuid,
			$new['uuid'],
			array(
				'deadline'  => Policy_Rules::format_date( $deadline ),
				'grace'     => $grace,
				'revoke_at' => Policy_Rules::format_date( $deadline ),
			)
		);

		// The answer core's create route gives, with the one-time password and the policy fields.
		$item                 = WP_Application_Passwords::get_user_application_password( $user_id, $new['uuid'] );
		$item['new_password'] = WP_Application_Passwords::chunk_password( $password );
		$core_request         = new WP_REST_Request( 'POST', '/wp/v2/users/' . $user_id . '/application-passwords' );
		$core_request->set_url_params( array( 'user_id' => (string) $user_id ) );
		$core_request->set_param( 'context', 'edit' );
		$response = ( new WP_REST_Application_Passwords_Controller() )->prepare_item_for_response( $item, $core_request );
		if ( is_wp_error( $response ) ) {
			return $response;
		}
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( 'wp/v2/users/' . $user_id . '/application-passwords/' . $new['uuid'] ) );
		return $response;
	}

	/**
	 * A replacement's first successful use starts the grace of the credential it replaces.
	 *
	 * @param \WP_User             $user The owner.
	 * @param array<string, mixed> $item The credential used.
	 */
	public function note_use( $user, $item ): void {
		$user_id = (int) $user->ID;
		$uuid    = (string) ( $item['uuid'] ?? '' );
		if ( '' === $uuid || ! $this->store->has( $user_id, $uuid ) ) {
			return;
		}
		$rotation = $this->store->get( $user_id, $uuid )['rotation'];
		if ( null === $rotation || null === $rotation['replaces'] || null !== $rotation['first_used'] ) {
			return;
		}
		$now                    = time();
		$rotation['first_used'] = $now;
		$this->store->save_rotation( $user_id, $uuid, $rotation );

		$old = $this->store->get( $user_id, $rotation['replaces'] )['rotation'];
		if ( null === $old || $old['replaced_by'] !== $uuid || null === $old['deadline'] ) {
			return;
		}
		$old['revoke_at'] = Policy_Rules::revoke_at( $old['deadline'], $now, (int) $old['grace'] );
		$this->store->save_rotation( $user_id, $rotation['replaces'], $old );
	}
}
