<?php
/**
 * The site's rules for new credentials: default and maximum lifetime, default access.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads, checks and saves the option `mainwp_application_passwords_policy`.
 */
final class Site_Policy {

	/**
	 * The option.
	 */
	public const OPTION = 'mainwp_application_passwords_policy';

	/**
	 * The longest lifetime a person may set, in days (ten years).
	 */
	public const MAX_DAYS = 3650;

	/**
	 * Returns the site policy, its defaults where nothing is set.
	 *
	 * @return array{default_lifetime_days: int|null, max_lifetime_days: int|null, default_access: string}
	 */
	public function get(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		return array(
			'default_lifetime_days' => isset( $stored['default_lifetime_days'] ) ? (int) $stored['default_lifetime_days'] : null,
			'max_lifetime_days'     => isset( $stored['max_lifetime_days'] ) ? (int) $stored['max_lifetime_days'] : null,
			'default_access'        => isset( $stored['default_access'] ) && 'read' === $stored['default_access'] ? 'read' : 'full',
		);
	}

	/**
	 * Checks and saves a new site policy (fields left out keep their value).
	 *
	 * @param array<string, mixed> $changes Any of the policy's fields.
	 * @return array<string, mixed>|WP_Error The saved policy, or what is wrong with it.
	 */
	public function update( array $changes ) {
		$old = $this->get();
		$new = array_merge( $old, array_intersect_key( $changes, $old ) );
		foreach ( array( 'default_lifetime_days', 'max_lifetime_days' ) as $field ) {
			if ( null === $new[ $field ] ) {
				continue;
			}
			if ( ! is_int( $new[ $field ] ) || $new[ $field ] < 1 || $new[ $field ] > self::MAX_DAYS ) {
				return $this->invalid(
					$field,
					sprintf(
						/* translators: 1: Field name, 2: Largest number of days allowed. */
						__( '%1$s must be a whole number of days from 1 to %2$d, or null for never.', 'mainwp-application-passwords' ),
						$field,
						self::MAX_DAYS
					)
				);
			}
		}
		if ( ! in_array( $new['default_access'], Policy_Rules::ACCESS, true ) ) {
			return $this->invalid( 'default_access', __( 'default_access must be "full" or "read".', 'mainwp-application-passwords' ) );
		}
		if ( null !== $new['max_lifetime_days'] && null !== $new['default_lifetime_days'] && $new['default_lifetime_days'] > $new['max_lifetime_days'] ) {
			return $this->invalid(
				'default_lifetime_days',
				sprintf(
					/* translators: 1: Default lifetime in days, 2: Maximum lifetime in days. */
					__( 'The default lifetime (%1$d days) is longer than the maximum lifetime (%2$d days).', 'mainwp-application-passwords' ),
					$new['default_lifetime_days'],
					$new['max_lifetime_days']
				)
			);
		}
		if ( $new !== $old ) {
			update_option( self::OPTION, $new, false );
			/**
			 * Fires when an administrator changes the site policy for application passwords.
			 *
			 * @param array $old Previous policy.
			 * @param array $new New policy.
			 */
			do_action( 'mainwp_application_passwords_policy_settings_changed', $old, $new );
		}
		return $new;
	}

	/**
	 * The expiry a credential made now gets under this policy, null for never.
	 *
	 * @param int $created When it was made.
	 * @return int|null
	 */
	public function default_expiry( int $created ): ?int {
		$policy = $this->get();
		return Policy_Rules::default_expiry( $created, $policy['default_lifetime_days'], $policy['max_lifetime_days'] );
	}

	/**
	 * An error naming the field that is wrong.
	 *
	 * @param string $field   Field.
	 * @param string $message What is wrong.
	 * @return WP_Error
	 */
	private function invalid( string $field, string $message ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}
}
