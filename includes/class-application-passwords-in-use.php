<?php
/**
 * Core's switch that makes WordPress read application passwords when a client signs in.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Application_Passwords;
use WP_Error;
use WP_REST_Response;
use WP_REST_Server;
use WP_User_Query;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and turns on the network option `using_application_passwords`.
 *
 * Core ignores every application password until that option is set, and sets it only when it
 * creates one itself. MainWP 6.1's own Application Passwords page writes the user meta directly,
 * so on a dashboard where no credential was ever created through core, its credentials are
 * refused. `POST /app-passwords-manager/v1/using-application-passwords` sets the option as core does.
 */
final class Application_Passwords_In_Use {

	/**
	 * The route, under Rest_Overview's namespace.
	 */
	private const ROUTE = '/using-application-passwords';

	/**
	 * Who may open the screen, and so turn the switch on from it.
	 *
	 * @var Access
	 */
	private Access $access;

	/**
	 * Stores who may use the route.
	 *
	 * @param Access $access The screen's capability check.
	 */
	public function __construct( Access $access ) {
		$this->access = $access;
	}

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	/**
	 * Registers the route.
	 */
	public function register_route(): void {
		register_rest_route(
			Rest_Overview::NAMESPACE,
			self::ROUTE,
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'turn_on_from_rest' ),
				'permission_callback' => array( $this, 'permissions_check' ),
			)
		);
	}

	/**
	 * Tells whether core reads application passwords at sign-in, as core itself asks.
	 *
	 * @return bool
	 */
	public function is_on(): bool {
		return WP_Application_Passwords::is_in_use();
	}

	/**
	 * Tells whether any user on the network holds at least one application password.
	 *
	 * One query on core's indexed user meta key, asking for a single user id; core keeps an
	 * empty list after "revoke all", so empty lists do not count.
	 *
	 * @return bool
	 */
	public function credentials_stored(): bool {
		$query = new WP_User_Query(
			array(
				'meta_query'  => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- indexed meta_key, one row asked for.
					array(
						'key'     => WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS,
						'value'   => array( '', serialize( array() ) ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- how core stores an empty list.
						'compare' => 'NOT IN',
					),
				),
				// The option is the main network's, so users of every site count.
				'blog_id'     => 0,
				'fields'      => 'ID',
				'number'      => 1,
				'count_total' => false,
			)
		);
		return array() !== $query->get_results();
	}

	/**
	 * Sets the option exactly as WP_Application_Passwords::create_new_application_password() does.
	 */
	public function turn_on(): void {
		$network_id = get_main_network_id();
		if ( ! get_network_option( $network_id, WP_Application_Passwords::OPTION_KEY_IN_USE ) ) {
			update_network_option( $network_id, WP_Application_Passwords::OPTION_KEY_IN_USE, true );
		}
	}

	/**
	 * Permission for the route: the same as for opening the screen.
	 *
	 * @return true|WP_Error
	 */
	public function permissions_check() {
		if ( $this->access->current_user_can_open() ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to turn on application password sign-in.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Turns the switch on and answers with core's verdict afterwards.
	 *
	 * @return WP_REST_Response
	 */
	public function turn_on_from_rest(): WP_REST_Response {
		$this->turn_on();
		return new WP_REST_Response( array( 'inUse' => $this->is_on() ) );
	}
}
