<?php
/**
 * Policy_Rules: expiry dates, site lifetimes, rotation times, read-only methods.
 *
 * @package MainWP_Application_Passwords\Tests
 */

use MainWP_Application_Passwords\Policy_Rules;

require_once dirname( __DIR__, 2 ) . '/includes/class-policy-rules.php';

test(
	'ISO 8601 dates are read with their offset, and without one as UTC',
	static function () {
		$utc = gmmktime( 23, 59, 59, 12, 31, 2026 );
		assert_same( $utc, Policy_Rules::parse_date( '2026-12-31T23:59:59Z' ) );
		assert_same( $utc, Policy_Rules::parse_date( '2027-01-01T01:59:59+02:00' ) );
		assert_same( $utc, Policy_Rules::parse_date( '2026-12-31T18:59:59-0500' ) );
		assert_same( $utc, Policy_Rules::parse_date( '2026-12-31T23:59:59.250Z' ) );
		assert_same( $utc, Policy_Rules::parse_date( '2026-12-31T23:59:59' ) );
		assert_same( gmmktime( 23, 59, 0, 12, 31, 2026 ), Policy_Rules::parse_date( '2026-12-31T23:59Z' ) );
	}
);

test(
	'What is not a date-time is refused',
	static function () {
		foreach ( array( '', 'tomorrow', '2026-12-31', '2026-02-30T00:00:00Z', '2026-12-31T24:00:00Z', '2026-12-31T23:59:59+25:00', '31/12/2026 10:00' ) as $bad ) {
			assert_same( null, Policy_Rules::parse_date( $bad ), $bad );
		}
	}
);

test(
	'Dates are written in UTC with a Z, and null stays null',
	static function () {
		assert_same( '2026-12-31T23:59:59Z', Policy_Rules::format_date( gmmktime( 23, 59, 59, 12, 31, 2026 ) ) );
		assert_same( null, Policy_Rules::format_date( null ) );
	}
);

test(
	'A new credential gets the default lifetime, capped by the maximum, and the maximum when the default is never',
	static function () {
		$day = Policy_Rules::DAY;
		assert_same( null, Policy_Rules::default_expiry( 1000, null, null ) );
		assert_same( 1000 + 90 * $day, Policy_Rules::default_expiry( 1000, 90, null ) );
		assert_same( 1000 + 30 * $day, Policy_Rules::default_expiry( 1000, 90, 30 ) );
		assert_same( 1000 + 30 * $day, Policy_Rules::default_expiry( 1000, null, 30 ) );
		assert_same( 1000 + 7 * $day, Policy_Rules::default_expiry( 1000, 7, 30 ) );
	}
);

test(
	'A requested expiry must be in the future and within the maximum; never only when allowed',
	static function () {
		$day = Policy_Rules::DAY;
		assert_same( null, Policy_Rules::expiry_problem( null, 1000, null ) );
		assert_same( 'never_not_allowed', Policy_Rules::expiry_problem( null, 1000, 30 ) );
		assert_same( 'past', Policy_Rules::expiry_problem( 1000, 1000, null ) );
		assert_same( 'past', Policy_Rules::expiry_problem( 10, 1000, 30 ) );
		assert_same( null, Policy_Rules::expiry_problem( 1000 + 30 * $day, 1000, 30 ) );
		assert_same( 'over_maximum', Policy_Rules::expiry_problem( 1001 + 30 * $day, 1000, 30 ) );
		assert_same( null, Policy_Rules::expiry_problem( 1000 + 3650 * $day, 1000, null ) );
	}
);

test(
	'A replaced credential stops at its deadline, or at the new one\'s first use plus the grace if sooner',
	static function () {
		assert_same( 5000, Policy_Rules::revoke_at( 5000, null, 3600 ) );
		assert_same( 1100, Policy_Rules::revoke_at( 5000, 1000, 100 ) );
		assert_same( 5000, Policy_Rules::revoke_at( 5000, 4000, 3600 ) );
		assert_same( 1000, Policy_Rules::revoke_at( 5000, 1000, 0 ) );
	}
);

test(
	'Only GET, HEAD and OPTIONS read',
	static function () {
		foreach ( array( 'GET', 'head', 'OPTIONS' ) as $method ) {
			assert_same( true, Policy_Rules::is_read_method( $method ), $method );
		}
		foreach ( array( 'POST', 'PUT', 'PATCH', 'DELETE', 'PURGE', '' ) as $method ) {
			assert_same( false, Policy_Rules::is_read_method( $method ), $method );
		}
	}
);

test(
	'A rolled credential keeps its expiry where the site allows it, else gets the latest allowed, or the default once expired',
	static function () {
		$now = 1800000000;
		$day = 86400;
		assert_same( $now + 30 * $day, Policy_Rules::rolled_expiry( $now + 30 * $day, $now, 90, 365 ), 'allowed: the same' );
		assert_same( null, Policy_Rules::rolled_expiry( null, $now, 90, null ), 'never, still allowed' );
		assert_same( $now + 30 * $day, Policy_Rules::rolled_expiry( $now + 300 * $day, $now, 7, 30 ), 'later than the maximum: the maximum, not the default' );
		assert_same( $now + 30 * $day, Policy_Rules::rolled_expiry( null, $now, 7, 30 ), 'never, no longer allowed: the maximum' );
		assert_same( $now + 7 * $day, Policy_Rules::rolled_expiry( $now - 1, $now, 7, 30 ), 'expired: the default' );
		assert_same( $now + 30 * $day, Policy_Rules::rolled_expiry( $now, $now, null, 30 ), 'expired, default never: the maximum' );
		assert_same( null, Policy_Rules::rolled_expiry( $now - $day, $now, null, null ), 'expired, default never allowed: never' );
	}
);
