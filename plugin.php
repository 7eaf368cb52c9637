<?php
/**
 * Plugin Name:       MainWP Application Passwords
 * Plugin URI:        https://github.com/mainwp-application-passwords/mainwp-application-passwords
 * Description:       Create, test, review and revoke WordPress application passwords for MCP clients, Zapier and scripts, from MainWP Dashboard's API Access menu (or Users, without MainWP).
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      7.4
 * Author:            MainWP Application Passwords contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       mainwp-application-passwords
 * Domain Path:       /languages
 *
 * This file only loads: it must parse on any PHP that WordPress runs on, so that the version
 * guard below can explain itself instead of failing with a parse error.
 *
 * @package MainWP_Application_Passwords
 */

defined( 'ABSPATH' ) || exit;

// A second copy (say, a renamed folder) must not declare everything twice.
if ( defined( 'MAINWP_APPLICATION_PASSWORDS_FILE' ) ) {
	return;
}

define( 'MAINWP_APPLICATION_PASSWORDS_FILE', __FILE__ );
define( 'MAINWP_APPLICATION_PASSWORDS_VERSION', '0.1.0' );
define( 'MAINWP_APPLICATION_PASSWORDS_MIN_WP', '6.8' );
define( 'MAINWP_APPLICATION_PASSWORDS_MIN_PHP', '7.4' );

/**
 * Tells whether this WordPress and PHP are new enough, and explains it in wp-admin when not.
 *
 * @return bool True when the plugin can run.
 */
function mainwp_application_passwords_requirements_met() {
	// Pre-releases such as "6.9-RC1" count as the release they lead to.
	$wp_version = preg_replace( '/-.*$/', '', (string) get_bloginfo( 'version' ) );
	$problems   = array();

	if ( version_compare( PHP_VERSION, MAINWP_APPLICATION_PASSWORDS_MIN_PHP, '<' ) ) {
		/* translators: 1: Required PHP version, 2: Current PHP version. */
		$problems[] = sprintf( __( 'MainWP Application Passwords needs PHP %1$s or newer; this site runs PHP %2$s.', 'mainwp-application-passwords' ), MAINWP_APPLICATION_PASSWORDS_MIN_PHP, PHP_VERSION );
	}
	if ( version_compare( $wp_version, MAINWP_APPLICATION_PASSWORDS_MIN_WP, '<' ) ) {
		/* translators: 1: Required WordPress version, 2: Current WordPress version. */
		$problems[] = sprintf( __( 'MainWP Application Passwords needs WordPress %1$s or newer; this site runs WordPress %2$s.', 'mainwp-application-passwords' ), MAINWP_APPLICATION_PASSWORDS_MIN_WP, $wp_version );
	}
	if ( empty( $problems ) ) {
		return true;
	}

	add_action(
		'admin_notices',
		function () use ( $problems ) {
			if ( ! current_user_can( 'activate_plugins' ) ) {
				return;
			}
			foreach ( $problems as $problem ) {
				printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html( $problem ) );
			}
		}
	);
	return false;
}

if ( ! mainwp_application_passwords_requirements_met() ) {
	return;
}

require_once __DIR__ . '/includes/autoload.php';

( new MainWP_Application_Passwords\Plugin( __FILE__ ) )->register();
