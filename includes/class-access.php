<?php
/**
 * Who may open the Application Passwords screen.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Answers the page-level capability question in one place.
 */
final class Access {

	/**
	 * The capability needed when no filter changes it.
	 */
	public const DEFAULT_CAPABILITY = 'manage_options';

	/**
	 * Returns the capability that opens the screen.
	 *
	 * @return string
	 */
	public function capability(): string {
		/**
		 * Filters the capability a user needs to open the Application Passwords screen.
		 *
		 * Each action on the screen is still checked by WordPress core's own application
		 * password capabilities; this only decides who sees the screen.
		 *
		 * @param string $capability Capability name. Default 'manage_options'.
		 */
		$capability = apply_filters( 'mainwp_application_passwords_capability', self::DEFAULT_CAPABILITY );
		return is_string( $capability ) && '' !== $capability ? $capability : self::DEFAULT_CAPABILITY;
	}

	/**
	 * Tells whether the current user may open the screen.
	 *
	 * @return bool
	 */
	public function current_user_can_open(): bool {
		return current_user_can( $this->capability() );
	}

	/**
	 * Stops the request with WordPress's own "not allowed" screen unless the user may open the page.
	 */
	public function die_unless_allowed(): void {
		if ( ! $this->current_user_can_open() ) {
			wp_die(
				// Core's own string, so the refusal reads exactly like WordPress's everywhere else.
				esc_html__( 'Sorry, you are not allowed to access this page.' ), // phpcs:ignore WordPress.WP.I18n.MissingArgDomain
				403
			);
		}
	}
}
