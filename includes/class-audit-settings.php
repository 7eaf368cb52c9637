<?php
/**
 * The audit trail's settings: retention and the site's alert switches, plus each user's own
 * alert opt-outs.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the option `mainwp_application_passwords_audit` and the user meta
 * `mainwp_app_passwords_alerts_off`.
 */
final class Audit_Settings {

	/**
	 * Site option.
	 */
	public const OPTION = 'mainwp_application_passwords_audit';

	/**
	 * User meta: the alerts this user does not want (a list of alert names), editable through
	 * core's users route (`meta.mainwp_app_passwords_alerts_off`).
	 */
	public const USER_OPT_OUT_META = 'mainwp_app_passwords_alerts_off';

	/**
	 * The alerts.
	 */
	public const ALERTS = array( 'new_credential', 'new_address', 'failed_sign_ins' );

	/**
	 * Smallest and largest retention, in days.
	 */
	public const MIN_DAYS = 1;
	public const MAX_DAYS = 3650;

	/**
	 * Adds the hook that exposes the per-user opt-outs through core's users route.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_user_meta' ) );
		add_action( 'show_user_profile', array( $this, 'render_profile_fields' ) );
		add_action( 'edit_user_profile', array( $this, 'render_profile_fields' ) );
		add_action( 'personal_options_update', array( $this, 'save_profile_fields' ) );
		add_action( 'edit_user_profile_update', array( $this, 'save_profile_fields' ) );
	}

	/**
	 * Labels of the alerts, as the profile screen shows them.
	 *
	 * @return array<string, string>
	 */
	private function alert_labels(): array {
		return array(
			'new_credential'  => __( 'A new application password is created for this account', 'mainwp-application-passwords' ),
			'new_address'     => __( 'An application password is used from an address it never used before', 'mainwp-application-passwords' ),
			'failed_sign_ins' => __( 'Repeated failed sign-ins with an application password for this username', 'mainwp-application-passwords' ),
		);
	}

	/**
	 * Prints the alert choices on core's profile and user-edit screens (only those the site sends).
	 *
	 * @param \WP_User $user The user shown.
	 */
	public function render_profile_fields( $user ): void {
		$site = $this->get()['alerts'];
		if ( ! $user instanceof \WP_User || ! current_user_can( 'edit_user', $user->ID ) || ! array_filter( $site ) ) {
			return;
		}
		$off = get_user_meta( $user->ID, self::USER_OPT_OUT_META, true );
		$off = is_array( $off ) ? $off : array();
		?>
		<h2 id="mainwp-app-passwords-alerts"><?php esc_html_e( 'Application password alerts', 'mainwp-application-passwords' ); ?></h2>
		<table class="form-table" role="presentation">
			<tr>
				<th scope="row"><?php esc_html_e( 'Email me when', 'mainwp-application-passwords' ); ?></th>
				<td>
					<fieldset>
						<?php wp_nonce_field( 'mainwp_app_passwords_alerts', 'mainwp_app_passwords_alerts_nonce' ); ?>
						<?php foreach ( $this->alert_labels() as $alert => $label ) : ?>
							<?php if ( ! empty( $site[ $alert ] ) ) : ?>
								<label>
									<input type="checkbox" name="mainwp_app_passwords_alerts[]" value="<?php echo esc_attr( $alert ); ?>" <?php checked( ! in_array( $alert, $off, true ) ); ?> />
									<?php echo esc_html( $label ); ?>
								</label><br />
							<?php endif; ?>
						<?php endforeach; ?>
					</fieldset>
				</td>
			</tr>
		</table>
		<?php
	}

	/**
	 * Saves the alert choices from the profile screen.
	 *
	 * @param int $user_id The user saved.
	 */
	public function save_profile_fields( $user_id ): void {
		if ( ! isset( $_POST['mainwp_app_passwords_alerts_nonce'] ) || ! current_user_can( 'edit_user', (int) $user_id ) ) {
			return;
		}
		check_admin_referer( 'mainwp_app_passwords_alerts', 'mainwp_app_passwords_alerts_nonce' );
		$wanted = isset( $_POST['mainwp_app_passwords_alerts'] ) ? array_map( 'sanitize_key', (array) wp_unslash( $_POST['mainwp_app_passwords_alerts'] ) ) : array();
		$shown  = array_keys( array_filter( $this->get()['alerts'] ) );
		$off    = get_user_meta( (int) $user_id, self::USER_OPT_OUT_META, true );
		$off    = is_array( $off ) ? $off : array();
		foreach ( $shown as $alert ) {
			$off = in_array( $alert, $wanted, true ) ? array_diff( $off, array( $alert ) ) : array_merge( $off, array( $alert ) );
		}
		update_user_meta( (int) $user_id, self::USER_OPT_OUT_META, array_values( array_unique( $off ) ) );
	}

	/**
	 * Registers the opt-out meta, so a user (or whoever may edit them) can set it through REST.
	 */
	public function register_user_meta(): void {
		register_meta(
			'user',
			self::USER_OPT_OUT_META,
			array(
				'type'          => 'array',
				'single'        => true,
				'default'       => array(),
				'description'   => __( 'Application password alerts this user does not want by email.', 'mainwp-application-passwords' ),
				'show_in_rest'  => array(
					'schema' => array(
						'type'  => 'array',
						'items' => array(
							'type' => 'string',
							'enum' => self::ALERTS,
						),
					),
				),
				'auth_callback' => static function ( $allowed, $meta_key, $user_id ) {
					return current_user_can( 'edit_user', (int) $user_id );
				},
			)
		);
	}

	/**
	 * The defaults.
	 *
	 * @return array{events_days: int, usage_days: int, alerts: array<string, bool>}
	 */
	public static function defaults(): array {
		return array(
			'events_days' => 180,
			'usage_days'  => 90,
			'alerts'      => array_fill_keys( self::ALERTS, true ),
		);
	}

	/**
	 * The settings in force.
	 *
	 * @return array{events_days: int, usage_days: int, alerts: array<string, bool>}
	 */
	public function get(): array {
		$stored   = get_option( self::OPTION, array() );
		$stored   = is_array( $stored ) ? $stored : array();
		$settings = self::defaults();
		foreach ( array( 'events_days', 'usage_days' ) as $key ) {
			if ( isset( $stored[ $key ] ) && is_numeric( $stored[ $key ] ) ) {
				$settings[ $key ] = min( self::MAX_DAYS, max( self::MIN_DAYS, (int) $stored[ $key ] ) );
			}
		}
		foreach ( self::ALERTS as $alert ) {
			if ( isset( $stored['alerts'][ $alert ] ) ) {
				$settings['alerts'][ $alert ] = (bool) $stored['alerts'][ $alert ];
			}
		}
		return $settings;
	}

	/**
	 * Saves settings, merged over those in force (values already validated by the route).
	 *
	 * @param array<string, mixed> $changes Keys of get().
	 * @return array{events_days: int, usage_days: int, alerts: array<string, bool>} The settings now in force.
	 */
	public function update( array $changes ): array {
		$settings = $this->get();
		foreach ( array( 'events_days', 'usage_days' ) as $key ) {
			if ( isset( $changes[ $key ] ) ) {
				$settings[ $key ] = (int) $changes[ $key ];
			}
		}
		if ( isset( $changes['alerts'] ) && is_array( $changes['alerts'] ) ) {
			foreach ( self::ALERTS as $alert ) {
				if ( isset( $changes['alerts'][ $alert ] ) ) {
					$settings['alerts'][ $alert ] = (bool) $changes['alerts'][ $alert ];
				}
			}
		}
		update_option( self::OPTION, $settings, false );
		return $this->get();
	}

	/**
	 * Tells whether an alert goes to a user: on for the site, and not turned off by the user.
	 *
	 * @param string $alert   Alert name.
	 * @param int    $user_id Recipient.
	 * @return bool
	 */
	public function alert_wanted( string $alert, int $user_id ): bool {
		if ( empty( $this->get()['alerts'][ $alert ] ) ) {
			return false;
		}
		$off = get_user_meta( $user_id, self::USER_OPT_OUT_META, true );
		return ! ( is_array( $off ) && in_array( $alert, $off, true ) );
	}
}
