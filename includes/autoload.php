<?php
/**
 * Loads the plugin's classes on demand: `Admin_Page` lives in includes/class-admin-page.php.
 *
 * @package MainWP_Application_Passwords
 */

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = 'MainWP_Application_Passwords\\';
		if ( 0 !== strpos( $class_name, $prefix ) ) {
			return;
		}
		$relative = substr( $class_name, strlen( $prefix ) );
		$file     = __DIR__ . '/class-' . str_replace( '_', '-', strtolower( $relative ) ) . '.php';
		if ( is_readable( $file ) ) {
			require_once $file;
		}
	}
);
