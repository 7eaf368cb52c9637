<?php
/**
 * Address allowlists: IPv4 and IPv6 addresses and CIDR ranges, in plain PHP.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Checks allowlist entries and matches a client address against them, with no WordPress calls.
 *
 * An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) is the IPv4 address it carries, on either
 * side, so a dual-stack server that reports clients that way matches IPv4 entries.
 */
final class Ip_Matcher {

	/**
	 * The twelve bytes that start an IPv4-mapped IPv6 address.
	 */
	private const MAPPED_PREFIX = "\0\0\0\0\0\0\0\0\0\0\xff\xff";

	/**
	 * Returns an entry in its canonical form (`10.0.0.0/8`, `2001:db8::/32`, `203.0.113.7`), or
	 * null when it is neither an address nor a CIDR range.
	 *
	 * @param string $entry What a person typed.
	 * @return string|null
	 */
	public static function normalize( string $entry ): ?string {
		$parsed = self::parse( $entry );
		if ( null === $parsed ) {
			return null;
		}
		list( $bytes, $prefix ) = $parsed;
		$address                = (string) inet_ntop( $bytes );
		$bits                   = strlen( $bytes ) * 8;
		return $prefix === $bits && false === strpos( trim( $entry ), '/' ) ? $address : $address . '/' . $prefix;
	}

	/**
	 * Tells whether an address is one of the entries or inside one of their ranges.
	 *
	 * Entries that are not valid never match; an address that is not valid matches nothing.
	 *
	 * @param string   $address Client address, e.g. REMOTE_ADDR.
	 * @param string[] $entries Allowlist.
	 * @return bool
	 */
	public static function matches( string $address, array $entries ): bool {
		$client = self::to_bytes( $address );
		if ( null === $client ) {
			return false;
		}
		foreach ( $entries as $entry ) {
			$parsed = is_string( $entry ) ? self::parse( $entry ) : null;
			if ( null === $parsed || strlen( $parsed[0] ) !== strlen( $client ) ) {
				continue;
			}
			if ( self::same_prefix( $client, $parsed[0], $parsed[1] ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Splits an entry into the address's bytes (4 or 16) and its prefix length.
	 *
	 * @param string $entry Address or CIDR range.
	 * @return array{0: string, 1: int}|null
	 */
	private static function parse( string $entry ): ?array {
		$entry = trim( $entry );
		$parts = explode( '/', $entry );
		if ( count( $parts ) > 2 ) {
			return null;
		}
		$raw_bytes = self::raw_bytes( $parts[0] );
		if ( null === $raw_bytes ) {
			return null;
		}
		$bits = strlen( $raw_bytes ) * 8;
		if ( 2 === count( $parts ) ) {
			if ( ! preg_match( '/^\d{1,3}$/', $parts[1] ) || (int) $parts[1] > $bits ) {
				return null;
			}
			$prefix = (int) $parts[1];
		} else {
			$prefix = $bits;
		}
		// A range of IPv4-mapped addresses is the IPv4 range it covers.
		if ( 16 === strlen( $raw_bytes ) && 0 === strpos( $raw_bytes, self::MAPPED_PREFIX ) && $prefix >= 96 ) {
			return array( substr( $raw_bytes, 12 ), $prefix - 96 );
		}
		return array( $raw_bytes, $prefix );
	}

	/**
	 * Returns an address's bytes, an IPv4-mapped IPv6 address as its 4 IPv4 bytes.
	 *
	 * @param string $address Address.
	 * @return string|null
	 */
	private static function to_bytes( string $address ): ?string {
		$bytes = self::raw_bytes( trim( $address ) );
		if ( null !== $bytes && 16 === strlen( $bytes ) && 0 === strpos( $bytes, self::MAPPED_PREFIX ) ) {
			return substr( $bytes, 12 );
		}
		return $bytes;
	}

	/**
	 * Returns the bytes of a literal IPv4 or IPv6 address (no zone, no brackets), or null.
	 *
	 * @param string $address Address.
	 * @return string|null
	 */
	private static function raw_bytes( string $address ): ?string {
		if ( false === filter_var( $address, FILTER_VALIDATE_IP ) ) {
			return null;
		}
		$bytes = inet_pton( $address );
		return false === $bytes ? null : $bytes;
	}

	/**
	 * Tells whether two addresses of one family share their first `$prefix` bits.
	 *
	 * @param string $a      Bytes.
	 * @param string $b      Bytes.
	 * @param int    $prefix Bits to compare.
	 * @return bool
	 */
	private static function same_prefix( string $a, string $b, int $prefix ): bool {
		$whole = intdiv( $prefix, 8 );
		if ( substr( $a, 0, $whole ) !== substr( $b, 0, $whole ) ) {
			return false;
		}
		$rest = $prefix % 8;
		if ( 0 === $rest ) {
			return true;
		}
		$mask = ( 0xff << ( 8 - $rest ) ) & 0xff;
		return ( ord( $a[ $whole ] ) & $mask ) === ( ord( $b[ $whole ] ) & $mask );
	}
}
