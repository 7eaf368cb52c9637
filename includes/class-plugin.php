<?php
/**
 * Composition root: builds the plugin's parts and wires them into WordPress.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Builds every part once and asks each to add its hooks.
 */
final class Plugin {

	/**
	 * Absolute path of plugin.php.
	 *
	 * @var string
	 */
	private string $plugin_file;

	/**
	 * Stores where the plugin lives.
	 *
	 * @param string $plugin_file Absolute path of plugin.php.
	 */
	public function __construct( string $plugin_file ) {
		$this->plugin_file = $plugin_file;
	}

	/**
	 * Adds the plugin's hooks.
	 */
	public function register(): void {
		$mainwp = new MainWP();
		$access = new Access();
		$assets = new Assets( $this->plugin_file );
		$rights = new Rights( $mainwp );
		$in_use = new Application_Passwords_In_Use( $access );
		$store  = new Policy_Store();
		$site   = new Site_Policy();
		$fields = new Policy_Fields( $store, $site );
		$checks = new Readiness_Answers( $access );

		$audit_settings = new Audit_Settings();
		$audit_store    = new Audit_Store();
		$audit_context  = new Audit_Context();
		$audit_schema   = new Audit_Schema();

		register_activation_hook( $this->plugin_file, array( $audit_schema, 'install' ) );
		$rights->register();
		$in_use->register();
		$checks->register();
		$audit_schema->register();
		$audit_settings->register();
		$audit_context->register();
		( new Audit_Recorder( $audit_context, $audit_store, new Audit_Alerts( $audit_settings ) ) )->register();
		( new Audit_Retention( $audit_settings, $audit_store ) )->register();
		( new Audit_Privacy( $audit_store ) )->register();
		( new Rest_Audit( $rights, $audit_store, $audit_settings ) )->register();
		( new Admin_Page( $mainwp, $access, $assets, $rights, new Readiness( $mainwp, $in_use, $checks ), $site, $audit_settings, new First_Rows() ) )->register();
		( new Rest_Batch() )->register();
		( new Rest_Overview( $rights, new Credential_Holders(), $store ) )->register();
		$fields->register();
		( new Policy_Enforcement( $store ) )->register();
		( new Policy_Cleanup( $store ) )->register();
		( new Rotation( $store, $fields, $site ) )->register();
		( new Rest_Site_Policy( $site ) )->register();
		add_action( 'init', array( $this, 'load_textdomain' ) );
	}

	/**
	 * Lets WordPress find the translations shipped in languages/, after those in wp-content/languages/plugins/.
	 */
	public function load_textdomain(): void {
		load_plugin_textdomain( Assets::TEXT_DOMAIN, false, dirname( plugin_basename( $this->plugin_file ) ) . '/languages' );
	}
}
