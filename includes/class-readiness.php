<?php
/**
 * What only PHP can tell about whether credentials will work on this site.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Gathers the server-side readiness facts for the page's boot data; the app checks the rest
 * (Authorization header, Abilities API, MCP Adapter route) over REST after the table loads.
 */
final class Readiness {

	/**
	 * Core's filter that turns application passwords on or off for the whole site.
	 */
	private const SITE_FILTER = 'wp_is_application_passwords_available';

	/**
	 * Core's filter that turns application passwords on or off for one user.
	 */
	private const USER_FILTER = 'wp_is_application_passwords_available_for_user';

	/**
	 * What this plugin may know of MainWP Dashboard.
	 *
	 * @var MainWP
	 */
	private MainWP $mainwp;

	/**
	 * Core's switch that makes WordPress read application passwords at sign-in.
	 *
	 * @var Application_Passwords_In_Use
	 */
	private Application_Passwords_In_Use $in_use;

	/**
	 * The last answers of the checks the browser makes.
	 *
	 * @var Readiness_Answers
	 */
	private Readiness_Answers $answers;

	/**
	 * Stores where the MainWP and sign-in facts come from.
	 *
	 * @param MainWP                       $mainwp MainWP Dashboard detection.
	 * @param Application_Passwords_In_Use $in_use  Core's sign-in switch.
	 * @param Readiness_Answers            $answers The last answers of the browser's checks.
	 */
	public function __construct( MainWP $mainwp, Application_Passwords_In_Use $in_use, Readiness_Answers $answers ) {
		$this->mainwp  = $mainwp;
		$this->in_use  = $in_use;
		$this->answers = $answers;
	}

	/**
	 * Returns the readiness facts for the screen's owner, as the app's boot data field `readiness`.
	 *
	 * Only the admin page calls this, after its capability check.
	 *
	 * @param \WP_User $owner The user whose credentials the screen manages.
	 * @return array<string, mixed>
	 */
	public function boot_data( \WP_User $owner ): array {
		$supported = wp_is_application_passwords_supported();
		$available = wp_is_application_passwords_available();
		$for_owner = wp_is_application_passwords_available_for_user( $owner );
		$in_use    = $this->in_use->is_on();

		return array(
			'https'                => array(
				'siteUsesHttps'   => wp_is_using_https(),
				'requestIsHttps'  => is_ssl(),
				'environmentType' => wp_get_environment_type(),
			),
			'applicationPasswords' => array(
				'supported'         => $supported,
				'available'         => $available,
				// A site that supports them but does not offer them was turned off by the filter.
				'siteFilter'        => $supported && ! $available ? $this->describe_filter( self::SITE_FILTER ) : null,
				'ownerId'           => $owner->ID,
				'availableForOwner' => $for_owner,
				'ownerFilter'       => $available && ! $for_owner ? $this->describe_filter( self::USER_FILTER ) : null,
				'inUse'             => $in_use,
				// Looked up only while core ignores them: credentials written around core cannot sign in.
				'credentialsStored' => $in_use ? null : $this->in_use->credentials_stored(),
			),
			'mainwp'               => array(
				'version'        => $this->mainwp->version(),
				// The verdict is PHP's, so the app never keeps its own copy of the minimum version.
				'supported'      => $this->mainwp->has_api_access_menu(),
				'minimumVersion' => MainWP::MIN_VERSION,
				// Without MainWP's rule, rights over other users' credentials are refused (fail closed).
				'rightsRule'     => $this->mainwp->has_rights_rule(),
			),
			'adminUrl'             => admin_url(),
			// The REST checks' last answers, so an ordinary visit sends none of them.
			'lastChecks'           => $this->answers->for_current_user(),
		);
	}

	/**
	 * Names a filter and the callbacks hooked to it, so the screen can say who turned it off.
	 *
	 * @param string $hook Filter name.
	 * @return array{hook: string, callbacks: string[]}
	 */
	private function describe_filter( string $hook ): array {
		global $wp_filter;
		$callbacks = array();
		if ( isset( $wp_filter[ $hook ] ) && $wp_filter[ $hook ] instanceof \WP_Hook ) {
			foreach ( $wp_filter[ $hook ]->callbacks as $hooked ) {
				foreach ( $hooked as $callback ) {
					$callbacks[] = $this->describe_callback( $callback['function'] );
				}
			}
		}
		return array(
			'hook'      => $hook,
			'callbacks' => array_values( array_unique( array_filter( $callbacks ) ) ),
		);
	}

	/**
	 * Names a callback as a developer would look for it: function, Class::method, or the file of a closure.
	 *
	 * @param mixed $callback A hooked callback.
	 * @return string Its name, or '' when it cannot be named.
	 */
	private function describe_callback( $callback ): string {
		if ( is_string( $callback ) ) {
			return $callback;
		}
		if ( is_array( $callback ) && 2 === count( $callback ) && is_string( $callback[1] ) ) {
			$class = is_object( $callback[0] ) ? get_class( $callback[0] ) : (string) $callback[0];
			return $class . '::' . $callback[1];
		}
		if ( $callback instanceof \Closure ) {
			$function = new \ReflectionFunction( $callback );
			$file     = (string) $function->getFileName();
			// Relative to wp-content, so the plugin's folder names it without exposing server paths.
			$relative = 0 === strpos( $file, WP_CONTENT_DIR ) ? ltrim( substr( $file, strlen( WP_CONTENT_DIR ) ), '/\\' ) : basename( $file );
			/* translators: 1: File path, 2: Line number. */
			return sprintf( __( 'a closure in %1$s on line %2$d', 'mainwp-application-passwords' ), $relative, (int) $function->getStartLine() );
		}
		return '';
	}
}
