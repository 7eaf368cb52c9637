<?php
/**
 * The Application Passwords admin page: under MainWP's API Access menu, or under Users.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the page, guards it, enqueues its assets on its own screen only, and prints its root.
 */
final class Admin_Page {

	/**
	 * Slug given to MainWP, which prefixes it: the page is admin.php?page=RESTAPIManageAppPasswords.
	 *
	 * Chosen to differ from every slug MainWP itself uses in its API Access section.
	 */
	public const MAINWP_SLUG = 'ManageAppPasswords';

	/**
	 * MainWP's prefix for pages added through `mainwp_getsubpages_restapi`.
	 */
	public const MAINWP_PAGE_PREFIX = 'RESTAPI';

	/**
	 * Page slug under Users when MainWP is absent: users.php?page=mainwp-application-passwords.
	 */
	public const USERS_SLUG = 'mainwp-application-passwords';

	/**
	 * Id of the element the app mounts into.
	 */
	public const ROOT_ID = 'mainwp-application-passwords-root';

	/**
	 * MainWP's left-menu group for its own API keys, where extension pages land by default.
	 */
	private const MAINWP_KEYS_GROUP = 'RESTAPIKeys';

	/**
	 * MainWP's left-menu group "Application Passwords", where this page belongs.
	 */
	private const MAINWP_APP_PASSWORDS_GROUP = 'RESTAPIAppPasswords';

	/**
	 * The admin-post.php action that saves where the page sits in MainWP's menu.
	 */
	public const MENU_PLACEMENT_ACTION = 'mainwp_application_passwords_menu_placement';

	/**
	 * MainWP detection.
	 *
	 * @var MainWP
	 */
	private MainWP $mainwp;

	/**
	 * Page access rules.
	 *
	 * @var Access
	 */
	private Access $access;

	/**
	 * Script and style loader.
	 *
	 * @var Assets
	 */
	private Assets $assets;

	/**
	 * What the current user may do with application passwords.
	 *
	 * @var Rights
	 */
	private Rights $rights;

	/**
	 * Server-side readiness facts.
	 *
	 * @var Readiness
	 */
	private Readiness $readiness;

	/**
	 * The audit trail's settings.
	 *
	 * @var Audit_Settings
	 */
	private Audit_Settings $audit_settings;

	/**
	 * The site policy for application passwords.
	 *
	 * @var Site_Policy
	 */
	private Site_Policy $site_policy;

	/**
	 * The first rows, drawn before the app loads.
	 *
	 * @var First_Rows
	 */
	private First_Rows $first_rows;

	/**
	 * The owner's credentials as the REST list answers them, when the page draws its first
	 * rows itself (the plain one-owner list); null otherwise.
	 *
	 * @var array<int, array<string, mixed>>|null
	 */
	private ?array $first_items = null;

	/**
	 * The viewer's rights over the owner's credentials, for the drawn rows' buttons.
	 *
	 * @var array<string, bool>
	 */
	private array $owner_rights = array();

	/**
	 * Stores the parts the page works with.
	 *
	 * @param MainWP         $mainwp         MainWP detection.
	 * @param Access         $access         Page access rules.
	 * @param Assets         $assets         Script and style loader.
	 * @param Rights         $rights         What the current user may do with application passwords.
	 * @param Readiness      $readiness      Server-side readiness facts.
	 * @param Site_Policy    $site_policy    The site policy for application passwords.
	 * @param Audit_Settings $audit_settings The audit trail's settings.
	 * @param First_Rows     $first_rows     The first rows, drawn before the app loads.
	 */
	public function __construct( MainWP $mainwp, Access $access, Assets $assets, Rights $rights, Readiness $readiness, Site_Policy $site_policy, Audit_Settings $audit_settings, First_Rows $first_rows ) {
		$this->mainwp    = $mainwp;
		$this->access    = $access;
		$this->assets    = $assets;
		$this->rights    = $rights;
		$this->readiness      = $readiness;
		$this->site_policy    = $site_policy;
		$this->audit_settings = $audit_settings;
		$this->first_rows     = $first_rows;
	}

	/**
	 * Adds the page's hooks.
	 */
	public function register(): void {
		add_filter( 'mainwp_getsubpages_restapi', array( $this, 'add_mainwp_subpage' ) );
		add_filter( 'mainwp_main_menu_submenu', array( $this, 'move_to_application_passwords_group' ) );
		add_action( 'admin_post_' . self::MENU_PLACEMENT_ACTION, array( $this, 'save_menu_placement' ) );
		// After MainWP's own admin_menu work at priority 10, so its page already exists.
		add_action( 'admin_menu', array( $this, 'add_page' ), 20 );
		add_action( 'admin_init', array( $this, 'refuse_early' ) );
	}

	/**
	 * Tells whether the page lives under MainWP's API Access menu on this request.
	 *
	 * @return bool
	 */
	public function is_in_mainwp(): bool {
		return $this->mainwp->has_api_access_menu();
	}

	/**
	 * Appends this page to MainWP's API Access subpages, for users who may open it.
	 *
	 * @param mixed $pages MainWP's list of subpages.
	 * @return mixed The list with this page appended.
	 */
	public function add_mainwp_subpage( $pages ) {
		if ( ! is_array( $pages ) || ! $this->is_in_mainwp() || ! $this->access->current_user_can_open() ) {
			return $pages;
		}
		$pages[] = array(
			'title'    => $this->mainwp->replaces_builtin_page() ? __( 'Application Passwords', 'mainwp-application-passwords' ) : __( 'Manage App Passwords', 'mainwp-application-passwords' ),
			'slug'     => self::MAINWP_SLUG,
			'callback' => array( $this, 'render' ),
		);
		return $pages;
	}

	/**
	 * Moves this page's entry in MainWP's left menu from "API Keys" to "Application Passwords".
	 *
	 * MainWP files extension pages under "API Keys" and remembers that group as the one to open
	 * (global `$_mainwp_menu_active_slugs`, read right after this filter), so the group to open
	 * moves too. When an administrator chose this page for "Application Passwords", MainWP's own
	 * entry leaves the menu and this one comes first; MainWP's page itself stays registered
	 * (hiding it through `mainwp_is_disable_menu_item` would unregister it too).
	 *
	 * @param mixed $submenu MainWP's left-menu map: group slug => list of entries.
	 * @return mixed The map with this page's entry moved.
	 */
	public function move_to_application_passwords_group( $submenu ) {
		if ( ! is_array( $submenu ) || empty( $submenu[ self::MAINWP_KEYS_GROUP ] ) || ! is_array( $submenu[ self::MAINWP_KEYS_GROUP ] ) ) {
			return $submenu;
		}
		$page = self::MAINWP_PAGE_PREFIX . self::MAINWP_SLUG;
		foreach ( $submenu[ self::MAINWP_KEYS_GROUP ] as $index => $entry ) {
			if ( ! is_array( $entry ) || ! $this->menu_entry_links_to( $entry, $page ) ) {
				continue;
			}
			unset( $submenu[ self::MAINWP_KEYS_GROUP ][ $index ] );
			$submenu[ self::MAINWP_KEYS_GROUP ] = array_values( $submenu[ self::MAINWP_KEYS_GROUP ] );
			if ( ! isset( $submenu[ self::MAINWP_APP_PASSWORDS_GROUP ] ) || ! is_array( $submenu[ self::MAINWP_APP_PASSWORDS_GROUP ] ) ) {
				$submenu[ self::MAINWP_APP_PASSWORDS_GROUP ] = array();
			}
			$submenu[ self::MAINWP_APP_PASSWORDS_GROUP ][] = $entry;
			if ( $this->mainwp->replaces_builtin_page() ) {
				$submenu[ self::MAINWP_APP_PASSWORDS_GROUP ] = array_values(
					array_filter(
						$submenu[ self::MAINWP_APP_PASSWORDS_GROUP ],
						function ( $item ) {
							return ! is_array( $item ) || ! $this->menu_entry_links_to( $item, MainWP::BUILTIN_PAGE );
						}
					)
				);
				array_unshift( $submenu[ self::MAINWP_APP_PASSWORDS_GROUP ], array_pop( $submenu[ self::MAINWP_APP_PASSWORDS_GROUP ] ) );
			}
			$this->open_application_passwords_group( $page );
			break;
		}
		return $submenu;
	}

	/**
	 * Tells MainWP's left menu to open "Application Passwords" (not "API Keys") on this page.
	 *
	 * @param string $page Value of the `page` query argument of this page.
	 */
	private function open_application_passwords_group( string $page ): void {
		global $_mainwp_menu_active_slugs; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- MainWP's own global.
		if ( is_array( $_mainwp_menu_active_slugs ) && isset( $_mainwp_menu_active_slugs[ $page ] ) ) {
			$_mainwp_menu_active_slugs[ $page ] = self::MAINWP_APP_PASSWORDS_GROUP; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- MainWP reads it for this purpose.
		}
	}

	/**
	 * Saves the administrator's choice between listing both pages and this one taking MainWP's place.
	 */
	public function save_menu_placement(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to access this page.' ), 403 ); // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- core's own message.
		}
		check_admin_referer( self::MENU_PLACEMENT_ACTION );
		$this->mainwp->set_replaces_builtin_page( ! empty( $_POST['replace_builtin'] ) );
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::MAINWP_PAGE_PREFIX . self::MAINWP_SLUG ) );
		exit;
	}

	/**
	 * Adds the page under Users when MainWP does not host it, and guards and loads whichever it is.
	 */
	public function add_page(): void {
		if ( $this->is_in_mainwp() ) {
			$hook = get_plugin_page_hookname( self::MAINWP_PAGE_PREFIX . self::MAINWP_SLUG, 'mainwp_tab' );
		} else {
			$hook = add_users_page(
				__( 'Application Passwords', 'mainwp-application-passwords' ),
				__( 'Application Passwords', 'mainwp-application-passwords' ),
				$this->access->capability(),
				self::USERS_SLUG,
				array( $this, 'render' )
			);
		}
		if ( is_string( $hook ) && '' !== $hook ) {
			add_action( 'load-' . $hook, array( $this, 'load' ) );
		}
	}

	/**
	 * Refuses those who may not open the page before anything of wp-admin is printed, wherever
	 * the page is registered (a refusal from the page callback would come after wp-admin's
	 * header, which has no title for a page the user's menu does not hold).
	 */
	public function refuse_early(): void {
		$page = isset( $_GET['page'] ) ? sanitize_key( wp_unslash( $_GET['page'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which page is asked for; nothing is changed.
		$ours = array( strtolower( self::MAINWP_PAGE_PREFIX . self::MAINWP_SLUG ), self::USERS_SLUG );
		if ( in_array( $page, $ours, true ) ) {
			$this->access->die_unless_allowed();
		}
	}

	/**
	 * Runs before the page is printed: refuses those who may not open it, then enqueues the app.
	 */
	public function load(): void {
		global $title;
		$this->access->die_unless_allowed();
		// A user whose menu lacks the page's parent (e.g. an editor let in through the
		// capability filter) gets no title from core's menu: give the page its own.
		if ( ! is_string( $title ) || '' === $title ) {
			$title = __( 'Application Passwords', 'mainwp-application-passwords' ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- wp-admin's page title, read by admin-header.php.
		}
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Enqueues the app with its boot data and the first list of credentials preloaded; keeps
	 * that list for the rows the page draws itself.
	 */
	public function enqueue(): void {
		$boot_data = $this->boot_data();
		$owner_id  = $boot_data['owner']['id'];
		// The batch route's maximum, which the app reads once to size its revoke batches.
		$preload   = array( array( '/batch/v1', 'OPTIONS' ) );
		$preloaded = array();
		if ( current_user_can( 'list_app_passwords', $owner_id ) ) {
			// Answered once, through the REST route itself (its rights and fields): the app is
			// given the answer, and the first rows are drawn from it.
			$path      = '/wp/v2/users/' . $owner_id . '/application-passwords';
			$preloaded = rest_preload_api_request( array(), $path );
			$body      = $preloaded[ $path ]['body'] ?? null;
			/**
			 * Filters whether the page draws the first rows of the owner's list in its HTML,
			 * before the app loads (the app draws them alone when false).
			 *
			 * @param bool $draw Whether to draw them; true by default.
			 */
			$draw = (bool) apply_filters( 'mainwp_application_passwords_draw_first_rows', true );
			if ( $draw && 'user' === $boot_data['scope'] && ! $this->url_asks_for_another_view() && is_array( $body ) && ! isset( $body['code'] ) ) {
				$this->first_items  = $body;
				$this->owner_rights = $boot_data['owner']['rights'];
			}
		}
		$this->assets->enqueue( $boot_data, $preload, $preloaded );
	}

	/**
	 * Tells whether the URL opens the page on another view than the plain list (the Activity
	 * view, or anything searched or filtered), which the app alone draws.
	 *
	 * @return bool
	 */
	private function url_asks_for_another_view(): bool {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- read-only navigation state.
		foreach ( array( 'view', 'search', 's', 'filters' ) as $argument ) {
			if ( isset( $_GET[ $argument ] ) && '' !== $_GET[ $argument ] ) {
				return true;
			}
		}
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		return false;
	}

	/**
	 * Returns everything the app reads at start-up, as `window.mainwpApplicationPasswords`.
	 *
	 * The owner comes from the URL (`user_id`, as on core's user-edit screen) so that a link to
	 * one user's credentials can be shared; a user the viewer may not manage falls back to the
	 * viewer, with a message saying so.
	 *
	 * @return array<string, mixed>
	 */
	public function boot_data(): array {
		$viewer = wp_get_current_user();
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- read-only navigation state.
		$requested = isset( $_GET['user_id'] ) ? absint( wp_unslash( $_GET['user_id'] ) ) : 0;
		$wants_all = isset( $_GET['view'] ) && 'all' === sanitize_key( wp_unslash( $_GET['view'] ) );
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		$can_view_all = $this->rights->can_view_all();
		$can_pick     = $this->rights->can_pick_owner();
		$owner        = $viewer;
		$notice       = null;
		if ( $requested && $requested !== $viewer->ID ) {
			$user = get_userdata( $requested );
			if ( $user && $can_pick && current_user_can( 'list_app_passwords', $user->ID ) ) {
				$owner = $user;
			} else {
				$notice = __( 'You cannot manage the application passwords of the user in the link, so your own are shown.', 'mainwp-application-passwords' );
			}
		}
		return array(
			'rootId'        => self::ROOT_ID,
			'placement'     => $this->is_in_mainwp() ? 'mainwp' : 'users',
			'mainwpVersion' => $this->mainwp->version(),
			'owner'         => $this->rights->describe_owner( $owner ),
			'viewerId'      => (int) $viewer->ID,
			'scope'         => $wants_all && $can_view_all ? 'all' : 'user',
			'canPickOwner'  => $can_pick,
			'canViewAll'    => $can_view_all,
			'ownerNotice'   => $notice,
			'roleNames'     => $can_pick ? array_map( 'translate_user_role', wp_roles()->get_names() ) : (object) array(),
			'newUserUrl'    => current_user_can( 'create_users' ) ? admin_url( 'user-new.php' ) : null,
			'siteUrl'       => trailingslashit( home_url() ),
			'restUrl'       => trailingslashit( rest_url() ),
			'idleDays'      => Overview_Query::IDLE_DAYS,
			'readiness'     => $this->readiness->boot_data( $owner ),
			// Everyone who opens the page reads it (it shapes their create dialog); only
			// administrators may change it, through the REST route.
			'policy'        => $this->site_policy->get(),
			'audit'         => $this->audit_settings->get(),
			// The Settings panel at the bottom of the page is for those who may change site options.
			'canManageSettings' => current_user_can( 'manage_options' ),
		);
	}

	/**
	 * Prints the page: MainWP's chrome when hosted by MainWP, and the app's root element.
	 */
	public function render(): void {
		$this->access->die_unless_allowed();
		$in_mainwp = $this->is_in_mainwp();
		if ( $in_mainwp ) {
			// MainWP's hyphenated action prints its top bar, menus and tabs; the slug marks our tab.
			do_action( 'mainwp-pageheader-restapi', self::MAINWP_SLUG ); // phpcs:ignore WordPress.NamingConventions.ValidHookName.UseUnderscores
		}
		printf(
			'<div id="%1$s" class="%2$s">',
			esc_attr( self::ROOT_ID ),
			// `is-mainwp` scopes the styles that follow MainWP's look (src/styles/_mainwp.scss).
			esc_attr( $in_mainwp ? 'mainwp-application-passwords is-mainwp' : 'wrap mainwp-application-passwords' )
		);
		if ( null !== $this->first_items ) {
			// The app mounts beside these rows and replaces them once its own table is drawn.
			$this->first_rows->render( $this->first_items, get_current_user_id(), $in_mainwp, $this->owner_rights );
		}
		echo '</div>';
		if ( $in_mainwp ) {
			$this->render_menu_placement();
			do_action( 'mainwp-pagefooter-restapi', self::MAINWP_SLUG ); // phpcs:ignore WordPress.NamingConventions.ValidHookName.UseUnderscores
		}
	}

	/**
	 * Prints the setting that lets this page stand for MainWP's "Application Passwords" entry.
	 */
	private function render_menu_placement(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$replaces = $this->mainwp->replaces_builtin_page();
		?>
		<form class="mainwp-application-passwords-menu-placement" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
			<h2><?php esc_html_e( 'Menu placement', 'mainwp-application-passwords' ); ?></h2>
			<p>
				<?php
				echo $replaces
					? esc_html__( 'This page is MainWP\'s "API Access › Application Passwords" entry. MainWP\'s built-in page still works and stays reachable here:', 'mainwp-application-passwords' )
					: esc_html__( 'MainWP has a built-in Application Passwords page, and MainWP\'s documentation sends people to it. You can make this page the "API Access › Application Passwords" entry instead; the built-in page stays reachable here:', 'mainwp-application-passwords' );
				?>
				<a href="<?php echo esc_url( admin_url( 'admin.php?page=' . MainWP::BUILTIN_PAGE ) ); ?>"><?php esc_html_e( 'MainWP\'s built-in page', 'mainwp-application-passwords' ); ?></a>
			</p>
			<label>
				<input type="checkbox" name="replace_builtin" value="1" <?php checked( $replaces ); ?> />
				<?php esc_html_e( 'Use this page for Dashboard › API Access › Application Passwords', 'mainwp-application-passwords' ); ?>
			</label>
			<input type="hidden" name="action" value="<?php echo esc_attr( self::MENU_PLACEMENT_ACTION ); ?>" />
			<?php wp_nonce_field( self::MENU_PLACEMENT_ACTION ); ?>
			<?php submit_button( __( 'Save menu placement', 'mainwp-application-passwords' ), 'secondary', 'submit', false ); ?>
		</form>
		<?php
	}

	/**
	 * Tells whether a MainWP left-menu entry is the one MainWP made for the given page.
	 *
	 * MainWP's entries are lists: [ title, href, right, id, slug, ... ].
	 *
	 * @param array<int|string, mixed> $entry MainWP menu entry.
	 * @param string                   $page  Value of the `page` query argument.
	 * @return bool
	 */
	private function menu_entry_links_to( array $entry, string $page ): bool {
		return ( $entry[4] ?? null ) === $page || ( $entry[1] ?? null ) === 'admin.php?page=' . $page;
	}
}
