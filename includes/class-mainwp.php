<?php
/**
 * What this plugin may know of MainWP Dashboard: whether it is active, and its version.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Detects MainWP Dashboard through its public surface only.
 */
final class MainWP {

	/**
	 * The first MainWP version with the "API Access" section and its Application Passwords group.
	 */
	public const MIN_VERSION = '6.0';

	/**
	 * MainWP's main class; it exists only while MainWP Dashboard is active.
	 */
	private const SYSTEM_CLASS = 'MainWP\\Dashboard\\MainWP_System';

	/**
	 * Slug of MainWP's own Application Passwords page (admin.php?page=ApplicationPasswords).
	 */
	public const BUILTIN_PAGE = 'ApplicationPasswords';

	/**
	 * Site option: '1' when this plugin's page takes the place of MainWP's own in the left menu.
	 */
	public const REPLACE_BUILTIN_OPTION = 'mainwp_application_passwords_replace_builtin';

	/**
	 * MainWP's class that decides who may do what with application passwords (MainWP 6.0 on).
	 */
	public const RIGHTS_CLASS = 'MainWP\\Dashboard\\MainWP_Application_Passwords';

	/**
	 * MainWP's right => the public static method of RIGHTS_CLASS that answers it for the current user.
	 */
	public const RIGHTS_METHODS = array(
		'create_application_passwords'   => 'can_create_application_passwords',
		'edit_application_passwords'     => 'can_edit_application_passwords',
		'delete_application_passwords'   => 'can_delete_application_passwords',
		'view_all_application_passwords' => 'can_view_all_application_passwords',
		'manage_application_passwords'   => 'can_view_manage_application_passwords',
	);

	/**
	 * Tells whether MainWP Dashboard is active, whatever its version.
	 *
	 * Only reliable from `plugins_loaded` on, since plugins load alphabetically.
	 *
	 * @return bool
	 */
	public function is_active(): bool {
		return class_exists( self::SYSTEM_CLASS );
	}

	/**
	 * Returns the active MainWP Dashboard's version, or null when it is inactive or unknown.
	 *
	 * @return string|null
	 */
	public function version(): ?string {
		if ( ! $this->is_active() ) {
			return null;
		}
		$class = self::SYSTEM_CLASS;
		if ( property_exists( $class, 'version' ) && is_string( $class::$version ) && '' !== $class::$version ) {
			return $class::$version;
		}
		$option = get_option( 'mainwp_plugin_version' );
		return is_string( $option ) && '' !== $option ? $option : null;
	}

	/**
	 * Tells whether the page belongs under MainWP's API Access menu (MainWP 6.0 or newer).
	 *
	 * @return bool
	 */
	public function has_api_access_menu(): bool {
		$version = $this->version();
		return null !== $version && version_compare( $version, self::MIN_VERSION, '>=' );
	}

	/**
	 * Tells whether MainWP's own rule for other users' application passwords can be asked.
	 *
	 * @return bool False without MainWP, and with a MainWP that lacks it (before 6.0, or renamed).
	 */
	public function has_rights_rule(): bool {
		return $this->is_active()
			&& is_callable( array( self::RIGHTS_CLASS, self::RIGHTS_METHODS['view_all_application_passwords'] ) )
			&& is_callable( array( self::RIGHTS_CLASS, self::RIGHTS_METHODS['manage_application_passwords'] ) );
	}

	/**
	 * Asks MainWP's own rule whether the current user has one of its application-password rights.
	 *
	 * @param string $right A key of RIGHTS_METHODS.
	 * @return bool|null MainWP's answer, or null when its rule has no method for it.
	 */
	public function rule_allows( string $right ): ?bool {
		$method = self::RIGHTS_METHODS[ $right ] ?? null;
		if ( null === $method || ! $this->is_active() || ! is_callable( array( self::RIGHTS_CLASS, $method ) ) ) {
			return null;
		}
		return (bool) call_user_func( array( self::RIGHTS_CLASS, $method ) );
	}

	/**
	 * Tells whether an administrator chose this page for "Dashboard › API Access › Application Passwords".
	 *
	 * @return bool
	 */
	public function replaces_builtin_page(): bool {
		return '1' === get_option( self::REPLACE_BUILTIN_OPTION, '0' );
	}

	/**
	 * Records whether this page takes the place of MainWP's own Application Passwords entry.
	 *
	 * @param bool $replace True to take its place, false to list both pages.
	 */
	public function set_replaces_builtin_page( bool $replace ): void {
		update_option( self::REPLACE_BUILTIN_OPTION, $replace ? '1' : '0', false );
	}
}
