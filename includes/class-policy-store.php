<?php
/**
 * Where each credential's policy lives: one user-meta key per credential, beside core's data.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the policy of one application password (expiry, access, allowed addresses,
 * rotation) under `_mainwp_app_password_policy_{uuid}` in the owner's user meta.
 *
 * Never inside core's `_application_passwords`: core rewrites that array on its daily usage
 * write, and MainWP's own page writes it directly. WordPress loads every meta key of a user in
 * one query, which authentication already makes, so reading a policy costs no query.
 */
final class Policy_Store {

	/**
	 * Prefix of the meta key; the credential's uuid follows.
	 */
	public const META_PREFIX = '_mainwp_app_password_policy_';

	/**
	 * Returns a credential's policy, the defaults (never expires, full access, anywhere) when it
	 * has none.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @return array{expires: int|null, access: string, allowed_ips: string[], rotation: array<string, mixed>|null}
	 */
	public function get( int $user_id, string $uuid ): array {
		$stored = get_user_meta( $user_id, self::META_PREFIX . $uuid, true );
		return self::normalize( is_array( $stored ) ? $stored : array() );
	}

	/**
	 * Tells whether a credential has a stored policy.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @return bool
	 */
	public function has( int $user_id, string $uuid ): bool {
		return is_array( get_user_meta( $user_id, self::META_PREFIX . $uuid, true ) );
	}

	/**
	 * Saves the scoping part of a policy (expiry, access, addresses), keeping its rotation, and
	 * tells listeners what changed. `$creating` reports a new credential's first policy as a
	 * change from nothing.
	 *
	 * @param int                  $user_id  Owner.
	 * @param string               $uuid     Credential.
	 * @param array<string, mixed> $policy   Any of expires, access, allowed_ips.
	 * @param bool                 $creating Whether the credential was just made.
	 */
	public function save( int $user_id, string $uuid, array $policy, bool $creating = false ): void {
		$had = $this->has( $user_id, $uuid );
		$old = $this->get( $user_id, $uuid );
		$new = self::normalize( array_merge( $old, array_intersect_key( $policy, array_flip( array( 'expires', 'access', 'allowed_ips' ) ) ) ) );
		if ( ! self::is_default( $new ) ) {
			update_user_meta( $user_id, self::META_PREFIX . $uuid, $new );
		} elseif ( $had ) {
			$this->delete( $user_id, $uuid );
		}
		if ( $creating || self::public_part( $old ) !== self::public_part( $new ) ) {
			/**
			 * Fires when a credential's expiry, access or allowed addresses change, and when a
			 * credential is made (with `$old` empty).
			 *
			 * @param int    $user_id Owner.
			 * @param string $uuid    Credential.
			 * @param array  $old     Previous `expires`, `access`, `allowed_ips` as the REST API shows them; empty on creation.
			 * @param array  $new     New ones.
			 */
			do_action( 'mainwp_application_passwords_policy_changed', $user_id, $uuid, $creating ? array() : self::public_part( $old ), self::public_part( $new ) );
		}
	}

	/**
	 * Saves a credential's rotation state (no listener is told: the roll has its own action).
	 *
	 * @param int                       $user_id  Owner.
	 * @param string                    $uuid     Credential.
	 * @param array<string, mixed>|null $rotation Rotation, or null to end it.
	 */
	public function save_rotation( int $user_id, string $uuid, ?array $rotation ): void {
		$policy             = $this->get( $user_id, $uuid );
		$policy['rotation'] = $rotation;
		if ( self::is_default( $policy ) ) {
			$this->delete( $user_id, $uuid );
			return;
		}
		update_user_meta( $user_id, self::META_PREFIX . $uuid, $policy );
	}

	/**
	 * Removes a credential's policy.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 */
	public function delete( int $user_id, string $uuid ): void {
		delete_user_meta( $user_id, self::META_PREFIX . $uuid );
	}

	/**
	 * Returns the uuids of a user's stored policies (from the meta WordPress already loaded).
	 *
	 * @param int $user_id Owner.
	 * @return string[]
	 */
	public function uuids( int $user_id ): array {
		$uuids = array();
		foreach ( array_keys( (array) get_user_meta( $user_id ) ) as $key ) {
			if ( 0 === strpos( (string) $key, self::META_PREFIX ) ) {
				$uuids[] = substr( (string) $key, strlen( self::META_PREFIX ) );
			}
		}
		return $uuids;
	}

	/**
	 * Returns a policy as the REST API shows it: dates in ISO 8601 UTC, rotation with its
	 * public fields only.
	 *
	 * @param array<string, mixed> $policy Policy as stored.
	 * @return array{expires: string|null, access: string, allowed_ips: string[], rotation: array<string, mixed>|null}
	 */
	public static function to_rest( array $policy ): array {
		$policy   = self::normalize( $policy );
		$rotation = $policy['rotation'];
		return array_merge(
			self::public_part( $policy ),
			array(
				'rotation' => null === $rotation ? null : array(
					'replaced_by' => $rotation['replaced_by'],
					'replaces'    => $rotation['replaces'],
					'revoke_at'   => Policy_Rules::format_date( $rotation['revoke_at'] ),
					'grace'       => $rotation['grace'],
				),
			)
		);
	}

	/**
	 * Fills in every field of a policy with its type.
	 *
	 * @param array<string, mixed> $policy Stored or partial policy.
	 * @return array{expires: int|null, access: string, allowed_ips: string[], rotation: array<string, mixed>|null}
	 */
	public static function normalize( array $policy ): array {
		$rotation = isset( $policy['rotation'] ) && is_array( $policy['rotation'] ) ? $policy['rotation'] : null;
		if ( null !== $rotation ) {
			$rotation = array(
				'replaced_by' => isset( $rotation['replaced_by'] ) ? (string) $rotation['replaced_by'] : null,
				'replaces'    => isset( $rotation['replaces'] ) ? (string) $rotation['replaces'] : null,
				'deadline'    => isset( $rotation['deadline'] ) ? (int) $rotation['deadline'] : null,
				'revoke_at'   => isset( $rotation['revoke_at'] ) ? (int) $rotation['revoke_at'] : null,
				'grace'       => isset( $rotation['grace'] ) ? (int) $rotation['grace'] : null,
				'first_used'  => isset( $rotation['first_used'] ) ? (int) $rotation['first_used'] : null,
			);
		}
		return array(
			'expires'     => isset( $policy['expires'] ) ? (int) $policy['expires'] : null,
			'access'      => isset( $policy['access'] ) && 'read' === $policy['access'] ? 'read' : 'full',
			'allowed_ips' => isset( $policy['allowed_ips'] ) && is_array( $policy['allowed_ips'] ) ? array_values( array_map( 'strval', $policy['allowed_ips'] ) ) : array(),
			'rotation'    => $rotation,
		);
	}

	/**
	 * The scoping part of a policy, as the REST API shows it.
	 *
	 * @param array<string, mixed> $policy Normalized policy.
	 * @return array{expires: string|null, access: string, allowed_ips: string[]}
	 */
	private static function public_part( array $policy ): array {
		return array(
			'expires'     => Policy_Rules::format_date( $policy['expires'] ),
			'access'      => $policy['access'],
			'allowed_ips' => $policy['allowed_ips'],
		);
	}

	/**
	 * Tells whether a policy says nothing beyond the defaults, so need not be stored.
	 *
	 * @param array<string, mixed> $policy Normalized policy.
	 * @return bool
	 */
	private static function is_default( array $policy ): bool {
		return null === $policy['expires'] && 'full' === $policy['access'] && array() === $policy['allowed_ips'] && null === $policy['rotation'];
	}
}
