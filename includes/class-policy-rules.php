<?php
/**
 * The rules of a credential's policy that need no WordPress: dates, lifetimes, rotation times.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes policy dates and decides when a credential stops working, in plain PHP.
 *
 * Times are Unix timestamps; dates on the wire are ISO 8601, returned in UTC with a `Z`.
 */
final class Policy_Rules {

	/**
	 * Seconds in a day.
	 */
	public const DAY = 86400;

	/**
	 * Access levels: everything the owner may do, or only reading.
	 */
	public const ACCESS = array( 'full', 'read' );

	/**
	 * Rotation deadlines a person may pick, in seconds after the roll.
	 */
	public const DEADLINES = array(
		'now' => 0,
		'1h'  => 3600,
		'1d'  => 86400,
		'7d'  => 604800,
	);

	/**
	 * The grace after the new credential's first use, when none is given.
	 */
	public const DEFAULT_GRACE = 3600;

	/**
	 * Reads an ISO 8601 date-time (`2026-12-31T23:59:59Z`, `…+02:00`, fractions allowed; without
	 * an offset it is UTC, as core's own dates are) into a timestamp, or null when it is not one.
	 *
	 * @param string $value Date-time.
	 * @return int|null
	 */
	public static function parse_date( string $value ): ?int {
		if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?$/', trim( $value ), $m ) ) {
			return null;
		}
		list( , $year, $month, $day, $hour, $minute ) = array_map( 'intval', array_slice( $m, 0, 6 ) );
		$second = isset( $m[6] ) && '' !== $m[6] ? (int) $m[6] : 0;
		if ( ! checkdate( $month, $day, $year ) || $hour > 23 || $minute > 59 || $second > 59 ) {
			return null;
		}
		$offset = 0;
		if ( isset( $m[7] ) && '' !== $m[7] && 'Z' !== strtoupper( $m[7] ) ) {
			$digits = str_replace( ':', '', substr( $m[7], 1 ) );
			$hours  = (int) substr( $digits, 0, 2 );
			$mins   = (int) substr( $digits, 2, 2 );
			if ( $hours > 23 || $mins > 59 ) {
				return null;
			}
			$offset = ( '-' === $m[7][0] ? -1 : 1 ) * ( $hours * 3600 + $mins * 60 );
		}
		return gmmktime( $hour, $minute, $second, $month, $day, $year ) - $offset;
	}

	/**
	 * Writes a timestamp as ISO 8601 in UTC with a `Z`.
	 *
	 * @param int|null $time Timestamp, or null.
	 * @return string|null
	 */
	public static function format_date( ?int $time ): ?string {
		return null === $time ? null : gmdate( 'Y-m-d\TH:i:s\Z', $time );
	}

	/**
	 * The expiry of a new credential under the site policy: the default lifetime, never more
	 * than the maximum; null for never.
	 *
	 * @param int      $created       When the credential was made.
	 * @param int|null $default_days  Default lifetime in days, null for never.
	 * @param int|null $max_days      Maximum lifetime in days, null when "never" is allowed.
	 * @return int|null
	 */
	public static function default_expiry( int $created, ?int $default_days, ?int $max_days ): ?int {
		$days = $default_days;
		if ( null !== $max_days && ( null === $days || $days > $max_days ) ) {
			$days = $max_days;
		}
		return null === $days ? null : $created + $days * self::DAY;
	}

	/**
	 * Returns the expiry of a rolled credential's replacement: the old one's when the site still
	 * allows it; the latest the site allows (now plus the maximum) when the old one's is later or
	 * never and the maximum has since shrunk; the site default (see default_expiry) when the old
	 * one has already expired. The Roll dialog says the same (src/utils/roll.ts).
	 *
	 * @param int|null $expires      The old credential's expiry, null for never.
	 * @param int      $now          Now.
	 * @param int|null $default_days Default lifetime in days, null for never.
	 * @param int|null $max_days     Maximum lifetime in days, null when "never" is allowed.
	 * @return int|null
	 */
	public static function rolled_expiry( ?int $expires, int $now, ?int $default_days, ?int $max_days ): ?int {
		switch ( self::expiry_problem( $expires, $now, $max_days ) ) {
			case 'past':
				return self::default_expiry( $now, $default_days, $max_days );
			case 'never_not_allowed':
			case 'over_maximum':
				return $now + (int) $max_days * self::DAY;
			default:
				return $expires;
		}
	}

	/**
	 * Says what is wrong with a requested expiry, or null when the site allows it.
	 *
	 * @param int|null $expires  Requested expiry, null for never.
	 * @param int      $now      Now.
	 * @param int|null $max_days Maximum lifetime in days, null when "never" is allowed.
	 * @return string|null `past`, `never_not_allowed`, `over_maximum`, or null.
	 */
	public static function expiry_problem( ?int $expires, int $now, ?int $max_days ): ?string {
		if ( null === $expires ) {
			return null === $max_days ? null : 'never_not_allowed';
		}
		if ( $expires <= $now ) {
			return 'past';
		}
		if ( null !== $max_days && $expires > $now + $max_days * self::DAY ) {
			return 'over_maximum';
		}
		return null;
	}

	/**
	 * When a replaced credential stops working: at its deadline, or at the new credential's
	 * first use plus the grace, whichever comes first.
	 *
	 * @param int      $deadline       The deadline chosen when rolling.
	 * @param int|null $new_first_used The new credential's first successful use, if any.
	 * @param int      $grace          Seconds after that first use.
	 * @return int
	 */
	public static function revoke_at( int $deadline, ?int $new_first_used, int $grace ): int {
		return null === $new_first_used ? $deadline : min( $deadline, $new_first_used + $grace );
	}

	/**
	 * Tells whether a request method only reads.
	 *
	 * @param string $method HTTP method, after any override.
	 * @return bool
	 */
	public static function is_read_method( string $method ): bool {
		return in_array( strtoupper( $method ), array( 'GET', 'HEAD', 'OPTIONS' ), true );
	}
}
