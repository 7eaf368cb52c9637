<?php
/**
 * Who is acting, and by which path, on the current request: what every audit event records.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Reads the actor, the path ("via"), the address, the method and the REST route of the request.
 */
final class Audit_Context {

	/**
	 * The header the plugin's screen adds to its REST requests: a label for the log, never a
	 * security decision.
	 */
	public const SCREEN_HEADER = 'HTTP_X_APP_PASSWORDS_MANAGER';

	/**
	 * Paths an event can come by.
	 */
	public const VIAS = array( 'screen', 'profile', 'mainwp', 'rest', 'application-password', 'cli', 'other' );

	/**
	 * The REST request being served, once the server has matched it.
	 *
	 * @var \WP_REST_Request|null
	 */
	private $rest_request = null;

	/**
	 * Adds the hook that remembers the REST request.
	 */
	public function register(): void {
		add_filter( 'rest_request_before_callbacks', array( $this, 'remember_rest_request' ), 0, 3 );
	}

	/**
	 * Remembers the matched REST request (its route, method and body), passing the response on.
	 *
	 * @param mixed            $response Response so far.
	 * @param mixed            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function remember_rest_request( $response, $handler, $request ) {
		if ( $request instanceof \WP_REST_Request && null === $this->rest_request ) {
			$this->rest_request = $request;
		}
		return $response;
	}

	/**
	 * The REST request served, if any.
	 *
	 * @return \WP_REST_Request|null
	 */
	public function rest_request() {
		return $this->rest_request;
	}

	/**
	 * Describes the path of the current request.
	 *
	 * @param string|null $forced A path the caller knows (e.g. 'mainwp' for MainWP's actions).
	 * @return array{via: string, via_uuid: string}
	 */
	public function via( ?string $forced = null ): array {
		$app_password = function_exists( 'rest_get_authenticated_app_password' ) ? (string) rest_get_authenticated_app_password() : '';
		if ( '' !== $app_password ) {
			return array(
				'via'      => 'application-password',
				'via_uuid' => $app_password,
			);
		}
		if ( null !== $forced ) {
			$via = $forced;
		} elseif ( defined( 'WP_CLI' ) && WP_CLI ) {
			$via = 'cli';
		} elseif ( isset( $_SERVER[ self::SCREEN_HEADER ] ) && 'screen' === $_SERVER[ self::SCREEN_HEADER ] ) {
			$via = 'screen';
		} elseif ( $this->from_core_profile_screen() ) {
			$via = 'profile';
		} elseif ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
			$via = 'rest';
		} else {
			$via = 'other';
		}
		return array(
			'via'      => $via,
			'via_uuid' => '',
		);
	}

	/**
	 * Tells whether the request comes from core's own screens for application passwords: the
	 * profile and user-edit screens (whose script calls the REST API) and the authorization screen.
	 *
	 * @return bool
	 */
	private function from_core_profile_screen(): bool {
		$referer = isset( $_SERVER['HTTP_REFERER'] ) ? (string) wp_unslash( $_SERVER['HTTP_REFERER'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared.
		$path    = (string) wp_parse_url( $referer, PHP_URL_PATH );
		if ( '' === $path ) {
			$path = (string) wp_parse_url( (string) ( $_SERVER['REQUEST_URI'] ?? '' ), PHP_URL_PATH ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared.
		}
		return (bool) preg_match( '#/wp-admin/(profile|user-edit|authorize-application)\.php$#', $path );
	}

	/**
	 * The client's address, or '' when unknown.
	 *
	 * @return string
	 */
	public function ip(): string {
		$ip = isset( $_SERVER['REMOTE_ADDR'] ) ? (string) $_SERVER['REMOTE_ADDR'] : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated next.
		return false !== filter_var( $ip, FILTER_VALIDATE_IP ) ? $ip : '';
	}

	/**
	 * The HTTP method, or '' outside HTTP (WP-CLI, cron).
	 *
	 * @return string
	 */
	public function method(): string {
		if ( $this->rest_request ) {
			return strtoupper( $this->rest_request->get_method() );
		}
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( (string) $_SERVER['REQUEST_METHOD'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- matched next.
		return preg_match( '/^[A-Z]{1,10}$/', $method ) ? $method : '';
	}

	/**
	 * The REST route (e.g. `/wp/v2/users/me`), or the admin script for other requests.
	 *
	 * @return string
	 */
	public function route(): string {
		if ( $this->rest_request ) {
			return substr( $this->rest_request->get_route(), 0, 191 );
		}
		global $wp;
		if ( isset( $wp->query_vars['rest_route'] ) && is_string( $wp->query_vars['rest_route'] ) ) {
			return substr( '/' . ltrim( $wp->query_vars['rest_route'], '/' ), 0, 191 );
		}
		if ( wp_doing_ajax() && isset( $_REQUEST['action'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a label only.
			return substr( 'admin-ajax:' . sanitize_key( wp_unslash( $_REQUEST['action'] ) ), 0, 191 ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		}
		return '';
	}

	/**
	 * Tells whether the request changes something: a method other than GET, HEAD or OPTIONS.
	 *
	 * @return bool
	 */
	public function is_write(): bool {
		return ! in_array( $this->method(), array( '', 'GET', 'HEAD', 'OPTIONS' ), true );
	}

	/**
	 * The network an address belongs to for "new address" alerts: its /24 (IPv4) or /64 (IPv6).
	 *
	 * @param string $ip Address.
	 * @return string E.g. `203.0.113.0/24`, `2001:db8:1:2::/64`, or '' for no address.
	 */
	public static function network( string $ip ): string {
		$packed = '' !== $ip ? @inet_pton( $ip ) : false; // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- invalid input is answered below.
		if ( false === $packed ) {
			return '';
		}
		if ( 4 === strlen( $packed ) ) {
			return (string) inet_ntop( substr( $packed, 0, 3 ) . "\0" ) . '/24';
		}
		return (string) inet_ntop( substr( $packed, 0, 8 ) . str_repeat( "\0", 8 ) ) . '/64';
	}
}
