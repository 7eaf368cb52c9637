<?php
/**
 * `GET` and `POST /app-passwords-manager/v1/policy`: the site policy for application passwords.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Lets administrators (`manage_options`) read and set the default lifetime, the maximum
 * lifetime and the default access of new credentials.
 */
final class Rest_Site_Policy {

	/**
	 * The site policy.
	 *
	 * @var Site_Policy
	 */
	private Site_Policy $site;

	/**
	 * Stores the site policy.
	 *
	 * @param Site_Policy $site The site policy.
	 */
	public function __construct( Site_Policy $site ) {
		$this->site = $site;
	}

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		$days = array(
			'type'    => array( 'integer', 'null' ),
			'minimum' => 1,
			'maximum' => Site_Policy::MAX_DAYS,
		);
		register_rest_route(
			Rest_Overview::NAMESPACE,
			'/policy',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_policy' ),
					'permission_callback' => array( $this, 'permissions_check' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_policy' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => array(
						'default_lifetime_days' => array_merge( $days, array( 'description' => __( 'Days a new application password lasts unless its creator chooses otherwise; null for never.', 'mainwp-application-passwords' ) ) ),
						'max_lifetime_days'     => array_merge( $days, array( 'description' => __( 'The longest an application password may last, in days; null when "never expires" is allowed.', 'mainwp-application-passwords' ) ) ),
						'default_access'        => array(
							'description' => __( 'Access of a new application password unless its creator chooses otherwise.', 'mainwp-application-passwords' ),
							'type'        => 'string',
							'enum'        => Policy_Rules::ACCESS,
						),
					),
				),
			)
		);
	}

	/**
	 * Permission: administrators only.
	 *
	 * @return true|WP_Error
	 */
	public function permissions_check() {
		if ( current_user_can( 'manage_options' ) ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to manage the site policy for application passwords.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Returns the site policy.
	 *
	 * @return WP_REST_Response
	 */
	public function get_policy(): WP_REST_Response {
		return rest_ensure_response( $this->site->get() );
	}

	/**
	 * Saves the fields sent (others keep their value) and returns the policy.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_policy( WP_REST_Request $request ) {
		$changes = array();
		foreach ( array( 'default_lifetime_days', 'max_lifetime_days', 'default_access' ) as $field ) {
			if ( $request->has_param( $field ) ) {
				$value             = $request->get_param( $field );
				$changes[ $field ] = 'default_access' === $field || null === $value ? $value : (int) $value;
			}
		}
		$saved = $this->site->update( $changes );
		return is_wp_error( $saved ) ? $saved : rest_ensure_response( $saved );
	}
}
