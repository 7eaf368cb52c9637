<?php
/**
 * The screen's script, styles, translations and boot data.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the built app from build/index.asset.php; only the admin page calls it.
 */
final class Assets {

	/**
	 * Script and style handle.
	 */
	public const HANDLE = 'mainwp-application-passwords';

	/**
	 * Text domain, also used for the script's translations.
	 */
	public const TEXT_DOMAIN = 'mainwp-application-passwords';

	/**
	 * How JSON is printed inside inline scripts, as core's own script loader prints it: `<` and
	 * `>` escaped, so no text in the data can end the script or open a comment in it.
	 */
	private const INLINE_JSON_FLAGS = JSON_HEX_TAG | JSON_UNESCAPED_SLASHES;

	/**
	 * A core script that bundles the same DataViews package as the app, so core's translations
	 * for it hold DataViews' interface strings ("Search", "Next page", "View options"…).
	 */
	private const DATAVIEWS_TRANSLATIONS_HANDLE = 'wp-media-utils';

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
	 * Enqueues the app with the boot data it checks on start and preloaded REST responses.
	 *
	 * @param array<string, mixed> $boot_data     Data the app reads from `window.mainwpApplicationPasswords`.
	 * @param array<int, mixed>    $preload_paths REST paths answered in the page, so the app's first requests need no round trip.
	 * @param array<string, mixed> $preloaded     Answers already preloaded (rest_preload_api_request()), added to those.
	 */
	public function enqueue( array $boot_data, array $preload_paths = array(), array $preloaded = array() ): void {
		$build_dir  = plugin_dir_path( $this->plugin_file ) . 'build/';
		$asset_file = $build_dir . 'index.asset.php';

		if ( ! is_readable( $asset_file ) ) {
			add_action( 'admin_notices', array( $this, 'print_missing_build_notice' ) );
			return;
		}

		$asset = require $asset_file;

		wp_enqueue_script(
			self::HANDLE,
			plugins_url( 'build/index.js', $this->plugin_file ),
			$asset['dependencies'],
			$asset['version'],
			// Deferred: it mounts on DOMContentLoaded anyway, and never holds up the parser.
			array(
				'in_footer' => true,
				'strategy'  => 'defer',
			)
		);
		wp_add_inline_script(
			self::HANDLE,
			'window.mainwpApplicationPasswords = ' . wp_json_encode( $boot_data, self::INLINE_JSON_FLAGS ) . ';',
			'before'
		);
		wp_set_script_translations( self::HANDLE, self::TEXT_DOMAIN, plugin_dir_path( $this->plugin_file ) . 'languages' );
		$this->add_dataviews_translations();

		$preload_paths = array_merge( $preload_paths, $this->preferences_preload_paths() );
		if ( $preload_paths || $preloaded ) {
			$preloaded = array_reduce( $preload_paths, 'rest_preload_api_request', $preloaded );
			wp_add_inline_script(
				'wp-api-fetch',
				sprintf( 'wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( %s ) );', wp_json_encode( $preloaded, self::INLINE_JSON_FLAGS ) ),
				'after'
			);
		}

		wp_enqueue_style( 'wp-components' );
		if ( is_readable( $build_dir . 'style-index.css' ) ) {
			wp_enqueue_style(
				self::HANDLE,
				plugins_url( 'build/style-index.css', $this->plugin_file ),
				array( 'wp-components' ),
				$asset['version']
			);
			wp_style_add_data( self::HANDLE, 'rtl', 'replace' );
		}
	}

	/**
	 * The request @wordpress/preferences would send for a user who has no remembered preferences.
	 *
	 * Core prints each user's `persisted_preferences` with `wp-preferences`; for a user who has
	 * none yet, the preferences store asks `/wp/v2/users/me?context=edit` before the table can
	 * show its view. Preloaded here as core's editor does, that answer comes with the page.
	 *
	 * @return string[] The path to preload, or none when core already prints the preferences.
	 */
	private function preferences_preload_paths(): array {
		global $wpdb;
		$stored = get_user_meta( get_current_user_id(), $wpdb->get_blog_prefix() . 'persisted_preferences', true );
		// Never stored: core prints "" and the store asks. An empty array prints [], which it takes as is.
		return '' === $stored ? array( '/wp/v2/users/me?context=edit' ) : array();
	}

	/**
	 * Gives the DataViews copy bundled into the app core's own translations of its strings.
	 *
	 * Core ships script translations per script file, and the app is not one of core's files;
	 * wp_set_script_translations() takes one domain per handle, so these join the default
	 * domain in the page's wp.i18n, as core's own script translations do.
	 */
	private function add_dataviews_translations(): void {
		$translations = load_script_textdomain( self::DATAVIEWS_TRANSLATIONS_HANDLE, 'default' );
		if ( ! $translations ) {
			return;
		}
		wp_add_inline_script(
			self::HANDLE,
			sprintf(
				'( function ( translations ) { var data = translations.locale_data.default || translations.locale_data.messages; data[ "" ].domain = "default"; wp.i18n.setLocaleData( data, "default" ); } )( %s );',
				$translations
			),
			'before'
		);
	}

	/**
	 * Says why the screen is empty when the plugin was installed from source without a build.
	 */
	public function print_missing_build_notice(): void {
		printf(
			'<div class="notice notice-error"><p>%s</p></div>',
			esc_html__( 'MainWP Application Passwords is missing its build/ folder. Run "npm ci && npm run build" in the plugin folder, or install the release zip.', 'mainwp-application-passwords' )
		);
	}
}
