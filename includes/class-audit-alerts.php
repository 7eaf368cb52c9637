<?php
/**
 * Alerts by email: a new credential on your account, a credential used from a new network,
 * repeated failed sign-ins for your username.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Sends each alert through wp_mail, when the site and the recipient want it, at most once per
 * recipient and alert within the rate limit.
 */
final class Audit_Alerts {

	/**
	 * Seconds during which a recipient gets at most one alert of each kind (filterable).
	 */
	public const INTERVAL = 900;

	/**
	 * Settings: the site's switches and each user's opt-outs.
	 *
	 * @var Audit_Settings
	 */
	private Audit_Settings $settings;

	/**
	 * Stores the settings.
	 *
	 * @param Audit_Settings $settings Settings.
	 */
	public function __construct( Audit_Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * Tells the owner a credential was created for their account, and by whom.
	 *
	 * @param array<string, mixed> $event The "created" event.
	 */
	public function new_credential( array $event ): void {
		$owner = get_userdata( (int) $event['user_id'] );
		if ( ! $owner ) {
			return;
		}
		$by = $event['actor_login'] && (int) $event['actor_id'] !== (int) $owner->ID
			/* translators: %s: Username of who created it. */
			? sprintf( __( 'It was created by %s.', 'mainwp-application-passwords' ), $event['actor_login'] )
			: __( 'It was created while signed in as you.', 'mainwp-application-passwords' );
		$this->send(
			'new_credential',
			$owner,
			/* translators: 1: Site name, 2: Credential name. */
			sprintf( __( '[%1$s] New application password: %2$s', 'mainwp-application-passwords' ), $this->site_name(), $event['name'] ),
			array(
				/* translators: 1: Credential name, 2: Username. */
				sprintf( __( 'A new application password, "%1$s", was created for your account (%2$s).', 'mainwp-application-passwords' ), $event['name'], $owner->user_login ),
				$by,
				/* translators: %s: Address. */
				$event['ip'] ? sprintf( __( 'Address: %s', 'mainwp-application-passwords' ), $event['ip'] ) : '',
				__( 'If you did not expect this, revoke it and change your password.', 'mainwp-application-passwords' ),
			)
		);
	}

	/**
	 * Tells the owner a credential was used from a network it never used before.
	 *
	 * @param array<string, mixed> $event The "new_address" event.
	 */
	public function new_address( array $event ): void {
		$owner = get_userdata( (int) $event['user_id'] );
		if ( ! $owner ) {
			return;
		}
		$this->send(
			'new_address',
			$owner,
			/* translators: 1: Site name, 2: Credential name. */
			sprintf( __( '[%1$s] Application password used from a new address: %2$s', 'mainwp-application-passwords' ), $this->site_name(), $event['name'] ),
			array(
				/* translators: 1: Credential name, 2: Address, 3: Network. */
				sprintf( __( 'Your application password "%1$s" was used from %2$s (network %3$s), which it never used before.', 'mainwp-application-passwords' ), $event['name'], $event['ip'], $event['context']['network'] ?? '' ),
				__( 'If this was not you or one of your tools, revoke it.', 'mainwp-application-passwords' ),
			)
		);
	}

	/**
	 * Tells a user about repeated failed application-password sign-ins for their username.
	 *
	 * @param WP_User $user     The user.
	 * @param int     $attempts Failed sign-ins this hour.
	 * @param string  $ip       The last address they came from.
	 */
	public function failed_sign_ins( WP_User $user, int $attempts, string $ip ): void {
		$this->send(
			'failed_sign_ins',
			$user,
			/* translators: %s: Site name. */
			sprintf( __( '[%s] Repeated failed sign-ins with an application password', 'mainwp-application-passwords' ), $this->site_name() ),
			array(
				/* translators: 1: Number of attempts, 2: Username, 3: Address. */
				sprintf( __( '%1$d sign-ins with a wrong application password for your username (%2$s) failed within the hour, the last from %3$s.', 'mainwp-application-passwords' ), $attempts, $user->user_login, $ip ),
				__( 'If this is not one of your tools with an old password, someone may be guessing.', 'mainwp-application-passwords' ),
			)
		);
	}

	/**
	 * Sends one alert unless the site or the recipient turned it off or the rate limit holds it.
	 *
	 * @param string   $alert   Alert name.
	 * @param WP_User  $user    Recipient.
	 * @param string   $subject Subject.
	 * @param string[] $lines   Body paragraphs.
	 */
	private function send( string $alert, WP_User $user, string $subject, array $lines ): void {
		if ( ! $this->settings->alert_wanted( $alert, (int) $user->ID ) || ! is_email( $user->user_email ) ) {
			return;
		}
		$key = 'mainwp_app_pw_alert_' . $alert . '_' . $user->ID;
		if ( get_transient( $key ) ) {
			return;
		}
		/**
		 * Filters how long, in seconds, a recipient gets at most one alert of a kind.
		 *
		 * @param int    $interval Seconds. Default 900.
		 * @param string $alert    Alert name.
		 */
		$interval = (int) apply_filters( 'mainwp_application_passwords_alert_interval', self::INTERVAL, $alert );
		set_transient( $key, time(), max( 1, $interval ) );

		$lines[] = admin_url( 'profile.php#mainwp-app-passwords-alerts' );
		$lines[] = __( 'You can turn these emails off on your profile page, under "Application password alerts".', 'mainwp-application-passwords' );
		wp_mail( $user->user_email, $subject, implode( "\n\n", array_filter( $lines ) ) );
	}

	/**
	 * The site's name as it goes into a subject.
	 *
	 * @return string
	 */
	private function site_name(): string {
		return wp_specialchars_decode( (string) get_option( 'blogname' ), ENT_QUOTES );
	}
}
