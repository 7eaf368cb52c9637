<?php
/**
 * Enforces each credential's policy on the server, for every client: at sign-in (expiry,
 * rotation, allowed addresses, XML-RPC) and during the request (read only, no self-minting).
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use IXR_Error;
use WP_Ability;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Refuses what a credential's policy does not allow, with an error code and message that reach
 * the client, and tells listeners (`mainwp_application_passwords_refused`).
 */
final class Policy_Enforcement {

	/**
	 * Core's application-password collection route, e.g. `/wp/v2/users/me/application-passwords`.
	 */
	private const COLLECTION_ROUTE = '#^/wp/v2/users/(?:\d+|me)/application-passwords/?$#';

	/**
	 * Core's single application-password route.
	 */
	private const ITEM_ROUTE = '#^/wp/v2/users/(?:\d+|me)/application-passwords/[\w-]+/?$#';

	/**
	 * This plugin's routes that mint or change credentials' policies (roll, site policy).
	 */
	private const MINTING_ROUTES = '#^/' . Rest_Overview::NAMESPACE . '/(?:users/\d+/application-passwords/[\w-]+/roll|policy)/?$#';

	/**
	 * Policies.
	 *
	 * @var Policy_Store
	 */
	private Policy_Store $store;

	/**
	 * The sign-in refusal of this request, kept so it reaches the REST response.
	 *
	 * @var WP_Error|null
	 */
	private ?WP_Error $refusal = null;

	/**
	 * Stores the policies.
	 *
	 * @param Policy_Store $store Policies.
	 */
	public function __construct( Policy_Store $store ) {
		$this->store = $store;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_action( 'wp_authenticate_application_password_errors', array( $this, 'check_sign_in' ), 10, 3 );
		// Last, so that no other handler's answer (nor the cookie check's anonymous `true`) hides it.
		add_filter( 'rest_authentication_errors', array( $this, 'keep_refusal' ), PHP_INT_MAX );
		add_filter( 'xmlrpc_login_error', array( $this, 'xmlrpc_error' ), 10, 2 );
		add_filter( 'rest_request_before_callbacks', array( $this, 'check_request' ), 10, 3 );
		add_filter( 'wp_pre_execute_ability', array( $this, 'check_ability' ), 10, 4 );
		add_filter( 'map_meta_cap', array( $this, 'no_minting_capability' ), 10, 2 );
	}

	/**
	 * Refuses a correct application password that its policy does not allow here and now.
	 *
	 * @param WP_Error             $error Errors so far; core refuses the sign-in when it has any.
	 * @param \WP_User             $user  The owner.
	 * @param array<string, mixed> $item  The credential that matched.
	 */
	public function check_sign_in( $error, $user, $item ): void {
		$uuid = (string) ( $item['uuid'] ?? '' );
		if ( ! $error instanceof WP_Error || '' === $uuid || ! $this->store->has( (int) $user->ID, $uuid ) ) {
			return;
		}
		$policy  = $this->store->get( (int) $user->ID, $uuid );
		$now     = time();
		$ip      = self::client_ip();
		$refusal = null;

		$rotation = $policy['rotation'];
		if ( null !== $rotation && null !== $rotation['revoke_at'] && $rotation['revoke_at'] <= $now ) {
			$refusal = array(
				'rotated_out',
				'application_password_rotated_out',
				sprintf(
					/* translators: %s: Date and time in UTC. */
					__( 'This application password was replaced by a new one (rolled) and stopped working on %s.', 'mainwp-application-passwords' ),
					Policy_Rules::format_date( $rotation['revoke_at'] )
				),
				401,
				array( 'revoke_at' => Policy_Rules::format_date( $rotation['revoke_at'] ) ),
			);
		} elseif ( null !== $policy['expires'] && $policy['expires'] <= $now ) {
			$refusal = array(
				'expired',
				'application_password_expired',
				sprintf(
					/* translators: %s: Date and time in UTC. */
					__( 'This application password expired on %s.', 'mainwp-application-passwords' ),
					Policy_Rules::format_date( $policy['expires'] )
				),
				401,
				array( 'expired_at' => Policy_Rules::format_date( $policy['expires'] ) ),
			);
		} elseif ( $policy['allowed_ips'] && ! Ip_Matcher::matches( $ip, $policy['allowed_ips'] ) ) {
			$refusal = array(
				'ip_not_allowed',
				'application_password_ip_not_allowed',
				sprintf(
					/* translators: %s: IP address. */
					__( 'This application password may not be used from %s.', 'mainwp-application-passwords' ),
					'' === $ip ? __( 'an unknown address', 'mainwp-application-passwords' ) : $ip
				),
				403,
				array(),
			);
		} elseif ( 'read' === $policy['access'] && defined( 'XMLRPC_REQUEST' ) && XMLRPC_REQUEST ) {
			$refusal = array(
				'read_only',
				'application_password_read_only',
				__( 'This application password is read only, and XML-RPC cannot tell reading from writing, so it may not be used there.', 'mainwp-application-passwords' ),
				403,
				array(),
			);
		}
		if ( null === $refusal ) {
			return;
		}
		list( $reason, $code, $message, $status, $extra ) = $refusal;
		$error->add( $code, $message, array_merge( array( 'status' => $status ), $extra ) );
		$this->refusal = new WP_Error( $code, $message, array_merge( array( 'status' => $status ), $extra ) );
		$this->refused( $reason, (int) $user->ID, $uuid, $extra );
	}

	/**
	 * Makes sure a sign-in refusal is the REST answer, whatever other handlers returned.
	 *
	 * @param WP_Error|null|true $result Authentication result so far.
	 * @return WP_Error|null|true
	 */
	public function keep_refusal( $result ) {
		// Core's own check (priority 90) runs before the cookie check (100) first asks who the user
		// is; signing in happens then, too late for core to report a refusal. Ask now if no one has.
		wp_get_current_user();
		if ( null === $this->refusal ) {
			// The cookie check answers `true` for a request without cookies: anonymous, not refused.
			return ( null === $result || true === $result ) && ! is_user_logged_in() ? ( $this->unavailable_for_user() ?? $result ) : $result;
		}
		if ( is_wp_error( $result ) && $result->get_error_code() === $this->refusal->get_error_code() ) {
			return $result;
		}
		return $this->refusal;
	}

	/**
	 * Core's own refusal of a credential whose user may not use application passwords (the
	 * filter `wp_is_application_passwords_available_for_user`), which core records too late to
	 * answer with it: without it, the client reads `rest_not_logged_in` and suspects its password.
	 *
	 * @return WP_Error|null
	 */
	private function unavailable_for_user() {
		global $wp_rest_application_password_status;
		if ( ! is_wp_error( $wp_rest_application_password_status ) || 'application_passwords_disabled_for_user' !== $wp_rest_application_password_status->get_error_code() ) {
			return null;
		}
		return new WP_Error(
			'application_passwords_disabled_for_user',
			$wp_rest_application_password_status->get_error_message(),
			array( 'status' => 401 )
		);
	}

	/**
	 * Gives XML-RPC clients the policy's reason instead of "Incorrect username or password.".
	 *
	 * @param IXR_Error $error The XML-RPC error.
	 * @param mixed     $user  The authentication result.
	 * @return IXR_Error
	 */
	public function xmlrpc_error( $error, $user ) {
		if ( null !== $this->refusal && is_wp_error( $user ) && in_array( $this->refusal->get_error_code(), $user->get_error_codes(), true ) ) {
			$data = $this->refusal->get_error_data();
			return new IXR_Error( (int) ( $data['status'] ?? 403 ), $this->refusal->get_error_message() );
		}
		return $error;
	}

	/**
	 * During a REST request (each `/batch/v1` sub-request too) signed in with an application
	 * password: no minting, and a read credential only reads.
	 *
	 * @param mixed           $response Response so far, or an error.
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request, its method after `_method` / `X-HTTP-Method-Override`.
	 * @return mixed
	 */
	public function check_request( $response, $handler, $request ) {
		$uuid = rest_get_authenticated_app_password();
		if ( ! $uuid || is_wp_error( $response ) || ! $request instanceof WP_REST_Request ) {
			return $response;
		}
		$user_id = get_current_user_id();
		$route   = $request->get_route();
		$method  = strtoupper( $request->get_method() );
		$context = array(
			'ip'     => self::client_ip(),
			'method' => $method,
			'route'  => $route,
		);

		if ( $this->is_minting( $route, $method, $request ) && self::minting_blocked() ) {
			$this->refused( 'cannot_mint', $user_id, $uuid, $context );
			return new WP_Error(
				'application_password_cannot_mint',
				__( 'A request signed in with an application password may not create application passwords or change their expiry, access or allowed addresses. Sign in to the site to do that.', 'mainwp-application-passwords' ),
				array( 'status' => 403 )
			);
		}

		if ( Policy_Rules::is_read_method( $method ) || ! $this->is_read_only( $user_id, $uuid ) ) {
			return $response;
		}
		// A batch is judged by its sub-requests; an MCP server by the abilities it runs.
		if ( '/batch/v1' === $route || in_array( $route, self::ability_routes(), true ) ) {
			return $response;
		}
		// A credential may always revoke itself.
		if ( 'DELETE' === $method && preg_match( self::ITEM_ROUTE, $route ) && (string) $request['uuid'] === $uuid && Policy_Fields::user_id( $request ) === $user_id ) {
			return $response;
		}
		$this->refused( 'read_only', $user_id, $uuid, $context );
		return new WP_Error(
			'application_password_read_only',
			sprintf(
				/* translators: %s: HTTP method, e.g. POST. */
				__( 'This application password is read only: it may send GET, HEAD and OPTIONS requests, not %s.', 'mainwp-application-passwords' ),
				$method
			),
			array( 'status' => 403 )
		);
	}

	/**
	 * Lets a read credential run only abilities annotated read-only, however they are called
	 * (the Abilities API's run route, the MCP Adapter, any plugin).
	 *
	 * @param mixed      $pre     Core's "go on" value, or another filter's result.
	 * @param string     $name    Ability name.
	 * @param mixed      $input   Input.
	 * @param WP_Ability $ability The ability.
	 * @return mixed
	 */
	public function check_ability( $pre, $name, $input, $ability ) {
		$uuid = rest_get_authenticated_app_password();
		if ( ! $uuid || ! $ability instanceof WP_Ability || ! $this->is_read_only( get_current_user_id(), $uuid ) ) {
			return $pre;
		}
		$annotations = (array) $ability->get_meta_item( 'annotations', array() );
		if ( ! empty( $annotations['readonly'] ) || in_array( $name, self::dispatching_abilities(), true ) ) {
			return $pre;
		}
		$this->refused(
			'read_only',
			get_current_user_id(),
			$uuid,
			array(
				'ip'      => self::client_ip(),
				'ability' => (string) $name,
			)
		);
		return new WP_Error(
			'application_password_read_only',
			sprintf(
				/* translators: %s: Ability name, e.g. core/get-site-info. */
				__( 'This application password is read only: it may run only abilities marked read-only, and "%s" is not.', 'mainwp-application-passwords' ),
				$name
			),
			array( 'status' => 403 )
		);
	}

	/**
	 * Takes `create_app_password` away from requests signed in with an application password,
	 * for whatever checks it outside the REST routes.
	 *
	 * @param string[] $caps Primitive capabilities required.
	 * @param string   $cap  Meta capability checked.
	 * @return string[]
	 */
	public function no_minting_capability( $caps, $cap ) {
		if ( 'create_app_password' === $cap && function_exists( 'rest_get_authenticated_app_password' ) && rest_get_authenticated_app_password() && self::minting_blocked() ) {
			$caps[] = 'do_not_allow';
		}
		return $caps;
	}

	/**
	 * The client's address: REMOTE_ADDR, or the last address of a proxy header the site trusts.
	 *
	 * @return string
	 */
	public static function client_ip(): string {
		$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		/**
		 * Filters the name of the header a trusted reverse proxy puts the client's address in
		 * (e.g. `X-Forwarded-For`); empty by default, so only REMOTE_ADDR counts. Set it only when
		 * every request reaches PHP through that proxy: anyone can send the header.
		 *
		 * @param string $header Header name, or '' for none.
		 */
		$header = (string) apply_filters( 'mainwp_application_passwords_trusted_proxy_header', '' );
		if ( '' !== $header ) {
			$key = 'HTTP_' . strtoupper( str_replace( '-', '_', $header ) );
			if ( ! empty( $_SERVER[ $key ] ) ) {
				$addresses = explode( ',', sanitize_text_field( wp_unslash( $_SERVER[ $key ] ) ) );
				$candidate = trim( (string) end( $addresses ) );
				if ( null !== Ip_Matcher::normalize( $candidate ) ) {
					$ip = $candidate;
				}
			}
		}
		return $ip;
	}

	/**
	 * Tells whether the request creates a credential, rolls one, changes a credential's policy
	 * or the site policy.
	 *
	 * @param string          $route   Route.
	 * @param string          $method  Method.
	 * @param WP_REST_Request $request Request.
	 * @return bool
	 */
	private function is_minting( string $route, string $method, WP_REST_Request $request ): bool {
		if ( Policy_Rules::is_read_method( $method ) ) {
			return false;
		}
		if ( preg_match( self::MINTING_ROUTES, $route ) ) {
			return true;
		}
		if ( 'POST' === $method && preg_match( self::COLLECTION_ROUTE, $route ) ) {
			return true;
		}
		if ( 'DELETE' !== $method && preg_match( self::ITEM_ROUTE, $route ) ) {
			foreach ( Policy_Fields::WRITABLE as $field ) {
				if ( $request->has_param( $field ) ) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Tells whether a credential is read only.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @return bool
	 */
	private function is_read_only( int $user_id, string $uuid ): bool {
		return $user_id > 0 && 'read' === $this->store->get( $user_id, $uuid )['access'];
	}

	/**
	 * Tells listeners about a refusal.
	 *
	 * @param string               $reason  expired, ip_not_allowed, read_only, cannot_mint or rotated_out.
	 * @param int                  $user_id Owner.
	 * @param string               $uuid    Credential.
	 * @param array<string, mixed> $context What is known: ip, method, route, expired_at, revoke_at.
	 */
	private function refused( string $reason, int $user_id, string $uuid, array $context ): void {
		$context = array_merge(
			array(
				'ip'     => self::client_ip(),
				'method' => isset( $_SERVER['REQUEST_METHOD'] ) ? sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) : null,
				'route'  => self::requested_route(),
			),
			$context
		);
		if ( is_string( $context['method'] ) ) {
			$context['method'] = strtoupper( $context['method'] );
		}
		/**
		 * Fires when a credential's policy refuses a request.
		 *
		 * @param string $reason  expired, ip_not_allowed, read_only, cannot_mint or rotated_out.
		 * @param int    $user_id Owner.
		 * @param string $uuid    Credential.
		 * @param array  $context ip, method, route where known; expired_at or revoke_at for those.
		 */
		do_action( 'mainwp_application_passwords_refused', $reason, $user_id, $uuid, $context );
	}

	/**
	 * The REST route of the current request as the URL names it, before WordPress routes it.
	 *
	 * @return string|null
	 */
	private static function requested_route(): ?string {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- only read for the log.
		if ( isset( $_GET['rest_route'] ) ) {
			return '/' . ltrim( sanitize_text_field( wp_unslash( $_GET['rest_route'] ) ), '/' );
		}
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		$path   = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_parse_url( esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ), PHP_URL_PATH ) : '';
		$prefix = '/' . rest_get_url_prefix() . '/';
		$at     = strpos( $path, $prefix );
		return false === $at ? ( '' === $path ? null : $path ) : '/' . substr( $path, $at + strlen( $prefix ) );
	}

	/**
	 * Whether requests signed in with an application password may not mint (on by default).
	 *
	 * @return bool
	 */
	private static function minting_blocked(): bool {
		/**
		 * Filters whether a request signed in with an application password is refused when it
		 * creates or rolls application passwords or changes a policy. Return false to allow it.
		 *
		 * @param bool $blocked Refuse such requests (default true).
		 */
		return (bool) apply_filters( 'mainwp_application_passwords_block_minting', true );
	}

	/**
	 * Routes where a read credential may send any method because each ability they run is
	 * judged on its own (the MCP Adapter's default server).
	 *
	 * @return string[]
	 */
	private static function ability_routes(): array {
		/**
		 * Filters the REST routes of MCP servers, where a read credential may POST because every
		 * ability they run is judged (only read-only abilities run).
		 *
		 * @param string[] $routes Routes, e.g. `/mcp/mcp-adapter-default-server`.
		 */
		return (array) apply_filters( 'mainwp_application_passwords_ability_routes', array( '/mcp/mcp-adapter-default-server' ) );
	}

	/**
	 * Abilities that only run another ability named in their input, which is judged itself.
	 *
	 * @return string[]
	 */
	private static function dispatching_abilities(): array {
		/**
		 * Filters the abilities that only run another ability (judged on its own), such as the
		 * MCP Adapter's `mcp-adapter/execute-ability`, which is itself annotated destructive.
		 *
		 * @param string[] $abilities Ability names.
		 */
		return (array) apply_filters( 'mainwp_application_passwords_dispatching_abilities', array( 'mcp-adapter/execute-ability' ) );
	}
}
