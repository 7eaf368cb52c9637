<?php
/**
 * The last answers of the readiness checks only a browser can make, kept for a day.
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
 * Keeps each user's last answers of the three REST readiness checks (the Authorization header
 * reaching PHP, the Abilities API, the MCP Adapter's route) in a transient, so that an ordinary
 * visit prints them into the boot data and sends none of those requests.
 *
 * The browser runs the checks (only a request that carries an Authorization header can tell
 * whether the server passes it on) and stores what it found through
 * `POST /app-passwords-manager/v1/readiness-checks`; they run again after a day, on "Check
 * again", and when a credential test fails. The answers only describe the server to the user
 * who checked it; nothing else reads them.
 */
final class Readiness_Answers {

	/**
	 * The route, under Rest_Overview's namespace.
	 */
	private const ROUTE = '/readiness-checks';

	/**
	 * Transient name before the user id.
	 */
	public const TRANSIENT_PREFIX = 'mainwp_app_passwords_checks_';

	/**
	 * How long answers are kept before the checks run again.
	 */
	private const LIFETIME = DAY_IN_SECONDS;

	/**
	 * Who may open the screen, and so store what it found.
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
		$nullable_boolean = array(
			'type'     => array( 'boolean', 'null' ),
			'required' => true,
		);
		register_rest_route(
			Rest_Overview::NAMESPACE,
			self::ROUTE,
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'store_from_rest' ),
				'permission_callback' => array( $this, 'permissions_check' ),
				'args'                => array(
					'authorizationHeader' => $nullable_boolean,
					'abilities'           => array(
						'type'                 => array( 'object', 'null' ),
						'required'             => true,
						'additionalProperties' => false,
						'properties'           => array(
							'present' => array(
								'type'     => 'boolean',
								'required' => true,
							),
							'count'   => array(
								'type'    => array( 'integer', 'null' ),
								'minimum' => 0,
							),
						),
					),
					'mcpAdapter'          => $nullable_boolean,
				),
			)
		);
	}

	/**
	 * Lets only those who may open the screen store answers, each for themselves.
	 *
	 * @return true|WP_Error
	 */
	public function permissions_check() {
		if ( $this->access->current_user_can_open() ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to store readiness checks.', 'mainwp-application-passwords' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Stores the current user's answers and returns them as the boot data will carry them.
	 *
	 * @param WP_REST_Request $request The checked answers.
	 * @return WP_REST_Response
	 */
	public function store_from_rest( WP_REST_Request $request ): WP_REST_Response {
		$abilities = $request['abilities'];
		$answers   = array(
			'checks'    => array(
				'authorizationHeader' => $request['authorizationHeader'],
				'abilities'           => is_array( $abilities )
					? ( $abilities['present']
						? array(
							'present' => true,
							'count'   => isset( $abilities['count'] ) ? (int) $abilities['count'] : null,
						)
						: array( 'present' => false ) )
					: null,
				'mcpAdapter'          => $request['mcpAdapter'],
			),
			'checkedAt' => gmdate( 'c' ),
		);
		set_transient( self::TRANSIENT_PREFIX . get_current_user_id(), $answers, self::LIFETIME );
		return new WP_REST_Response( $answers );
	}

	/**
	 * Returns the current user's last answers, or null when there are none (or they expired).
	 *
	 * @return array<string, mixed>|null
	 */
	public function for_current_user(): ?array {
		$answers = get_transient( self::TRANSIENT_PREFIX . get_current_user_id() );
		return is_array( $answers ) && isset( $answers['checks'], $answers['checkedAt'] ) ? $answers : null;
	}
}
