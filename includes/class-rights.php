<?php
/**
 * What the current user may do with application passwords: core's meta capabilities, narrowed
 * by MainWP's rights (Team Control) when MainWP Dashboard is active.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * One place that answers "may this user do that", for the interface and for the server alike.
 *
 * The server side is a `map_meta_cap` filter on core's own application-password capabilities,
 * so core's REST routes (and its profile screen) refuse what MainWP's rights deny; the
 * interface asks the same capabilities and so offers only what the server will accept.
 */
final class Rights {

	/**
	 * MainWP's right type for everything under its API Access menu.
	 */
	private const MAINWP_TYPE = 'rest_api';

	/**
	 * Core's meta capability => the MainWP right it also needs.
	 */
	private const MAINWP_RIGHTS = array(
		'create_app_password'  => 'create_application_passwords',
		'edit_app_password'    => 'edit_application_passwords',
		'delete_app_password'  => 'delete_application_passwords',
		'delete_app_passwords' => 'delete_application_passwords',
		'list_app_passwords'   => null,
		'read_app_password'    => null,
	);

	/**
	 * MainWP's rights over other users' credentials: refused when MainWP's rule cannot be asked.
	 */
	private const OTHERS_RIGHTS = array( 'view_all_application_passwords', 'manage_application_passwords' );

	/**
	 * MainWP detection.
	 *
	 * @var MainWP
	 */
	private MainWP $mainwp;

	/**
	 * Stores MainWP detection.
	 *
	 * @param MainWP $mainwp MainWP detection.
	 */
	public function __construct( MainWP $mainwp ) {
		$this->mainwp = $mainwp;
	}

	/**
	 * Adds the hook.
	 */
	public function register(): void {
		add_filter( 'map_meta_cap', array( $this, 'apply_mainwp_rights' ), 10, 4 );
	}

	/**
	 * Tells whether MainWP lets the current user do something; true without MainWP.
	 *
	 * MainWP's own rule decides (`MainWP_Application_Passwords`): its "special admin" (an
	 * administrator who is user 1 or owns the admin email) may do everything, other
	 * administrators never see or manage others' credentials, and anyone else needs an explicit
	 * Team Control grant for that. Where that rule is missing (MainWP before 6.0, or renamed),
	 * rights over others' credentials are refused and the rest follow `mainwp_current_user_can()`.
	 *
	 * @param string $right MainWP right of type 'rest_api', e.g. 'create_application_passwords'.
	 * @return bool
	 */
	public function mainwp_allows( string $right ): bool {
		if ( ! $this->mainwp->is_active() ) {
			return true;
		}
		$answer = $this->mainwp->rule_allows( $right );
		if ( null !== $answer ) {
			return $answer;
		}
		if ( in_array( $right, self::OTHERS_RIGHTS, true ) ) {
			return false;
		}
		return ! function_exists( 'mainwp_current_user_can' ) || (bool) \mainwp_current_user_can( self::MAINWP_TYPE, $right );
	}

	/**
	 * Adds MainWP's rights to core's application-password meta capabilities.
	 *
	 * MainWP's rights describe the current user only, so they apply only when the capability
	 * is checked for the current user. On another user's credentials, viewing needs "view all"
	 * or "manage", and changing needs "manage" besides the right for the change itself.
	 *
	 * @param mixed  $caps    Primitive capabilities core requires.
	 * @param string $cap     Capability being checked.
	 * @param int    $user_id User whose capability is checked.
	 * @param mixed  $args    Arguments; the first is the owner's user id.
	 * @return mixed The capabilities, with 'do_not_allow' added when MainWP denies.
	 */
	public function apply_mainwp_rights( $caps, $cap, $user_id, $args ) {
		if ( ! is_array( $caps ) || ! array_key_exists( $cap, self::MAINWP_RIGHTS ) ) {
			return $caps;
		}
		if ( (int) $user_id !== get_current_user_id() || ! $this->mainwp->is_active() ) {
			return $caps;
		}
		$owner  = is_array( $args ) && isset( $args[0] ) ? (int) $args[0] : (int) $user_id;
		$others = $owner !== (int) $user_id;
		$right  = self::MAINWP_RIGHTS[ $cap ];

		if ( null === $right ) {
			$allowed = ! $others || $this->mainwp_allows( 'view_all_application_passwords' ) || $this->mainwp_allows( 'manage_application_passwords' );
		} else {
			$allowed = $this->mainwp_allows( $right ) && ( ! $others || $this->mainwp_allows( 'manage_application_passwords' ) );
		}
		if ( ! $allowed ) {
			$caps[] = 'do_not_allow';
		}
		return $caps;
	}

	/**
	 * Returns what the current user may do with one owner's application passwords.
	 *
	 * Nothing while application passwords are off for the site or for the owner: core's routes
	 * then refuse every request with 501, so the interface must not offer any.
	 *
	 * @param int $owner_id The owner's user id.
	 * @return array{list: bool, create: bool, edit: bool, delete: bool, deleteAll: bool}
	 */
	public function for_owner( int $owner_id ): array {
		// Checks the site-wide switch first, then the owner's.
		$available = wp_is_application_passwords_available_for_user( $owner_id );
		$list      = $available && current_user_can( 'list_app_passwords', $owner_id );
		return array(
			'list'      => $list,
			'create'    => $available && current_user_can( 'create_app_password', $owner_id ),
			'edit'      => $list && current_user_can( 'edit_app_password', $owner_id ),
			'delete'    => $list && current_user_can( 'delete_app_password', $owner_id ),
			'deleteAll' => $list && current_user_can( 'delete_app_passwords', $owner_id ),
		);
	}

	/**
	 * Tells whether the current user may look through other users: the owner picker.
	 *
	 * Core lets a user manage another's application passwords when they may edit that user;
	 * finding users needs `list_users`. MainWP's "view all" or "manage" right is needed too.
	 *
	 * @return bool
	 */
	public function can_pick_owner(): bool {
		return current_user_can( 'list_users' )
			&& current_user_can( 'edit_users' )
			&& ( $this->mainwp_allows( 'view_all_application_passwords' ) || $this->mainwp_allows( 'manage_application_passwords' ) );
	}

	/**
	 * Tells whether the current user may see the overview of every user's credentials.
	 *
	 * @return bool
	 */
	public function can_view_all(): bool {
		return current_user_can( 'list_users' )
			&& current_user_can( 'edit_users' )
			&& $this->mainwp_allows( 'view_all_application_passwords' );
	}

	/**
	 * Describes a user as the screen shows an owner, with what the current user may do.
	 *
	 * @param WP_User $user The owner.
	 * @return array{id: int, login: string, name: string, avatar: string, rights: array<string, bool>}
	 */
	public function describe_owner( WP_User $user ): array {
		return array(
			'id'     => (int) $user->ID,
			'login'  => (string) $user->user_login,
			'name'   => (string) $user->display_name,
			'avatar' => (string) get_avatar_url( $user->ID, array( 'size' => 48 ) ),
			'rights' => $this->for_owner( (int) $user->ID ),
		);
	}
}
