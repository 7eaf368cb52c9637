<?php
/**
 * Ip_Matcher: allowlist entries and matching client addresses against them.
 *
 * @package MainWP_Application_Passwords\Tests
 */

use MainWP_Application_Passwords\Ip_Matcher;

require_once dirname( __DIR__, 2 ) . '/includes/class-ip-matcher.php';

test(
	'An IPv4 address matches itself and nothing else',
	static function () {
		assert_same( true, Ip_Matcher::matches( '203.0.113.7', array( '203.0.113.7' ) ) );
		assert_same( false, Ip_Matcher::matches( '203.0.113.8', array( '203.0.113.7' ) ) );
	}
);

test(
	'IPv4 CIDR ranges match the addresses inside them, on and off byte boundaries',
	static function () {
		assert_same( true, Ip_Matcher::matches( '10.200.3.4', array( '10.0.0.0/8' ) ) );
		assert_same( false, Ip_Matcher::matches( '11.0.0.1', array( '10.0.0.0/8' ) ) );
		assert_same( true, Ip_Matcher::matches( '192.168.1.63', array( '192.168.1.0/26' ) ) );
		assert_same( false, Ip_Matcher::matches( '192.168.1.64', array( '192.168.1.0/26' ) ) );
		assert_same( true, Ip_Matcher::matches( '8.8.8.8', array( '0.0.0.0/0' ) ) );
	}
);

test(
	'IPv6 addresses match in any spelling, and IPv6 ranges match inside them',
	static function () {
		assert_same( true, Ip_Matcher::matches( '2001:DB8:0:0:0:0:0:1', array( '2001:db8::1' ) ) );
		assert_same( true, Ip_Matcher::matches( '2001:db8:ffff::1', array( '2001:db8::/32' ) ) );
		assert_same( false, Ip_Matcher::matches( '2001:db9::1', array( '2001:db8::/32' ) ) );
		assert_same( true, Ip_Matcher::matches( '::1', array( '::1/128' ) ) );
	}
);

test(
	'An IPv4-mapped IPv6 address is the IPv4 address it carries, on either side',
	static function () {
		assert_same( true, Ip_Matcher::matches( '::ffff:203.0.113.7', array( '203.0.113.7' ) ) );
		assert_same( true, Ip_Matcher::matches( '::ffff:10.1.2.3', array( '10.0.0.0/8' ) ) );
		assert_same( true, Ip_Matcher::matches( '203.0.113.7', array( '::ffff:203.0.113.7' ) ) );
		assert_same( true, Ip_Matcher::matches( '10.9.9.9', array( '::ffff:10.0.0.0/104' ) ) );
		assert_same( false, Ip_Matcher::matches( '::ffff:203.0.113.7', array( '2001:db8::/32' ) ) );
	}
);

test(
	'IPv4 and IPv6 never match each other',
	static function () {
		assert_same( false, Ip_Matcher::matches( '10.0.0.1', array( '::/0' ) ) );
		assert_same( false, Ip_Matcher::matches( '2001:db8::1', array( '0.0.0.0/0' ) ) );
	}
);

test(
	'Invalid input matches nothing: a bad client address, bad entries, an empty list',
	static function () {
		assert_same( false, Ip_Matcher::matches( 'not-an-ip', array( '0.0.0.0/0' ) ) );
		assert_same( false, Ip_Matcher::matches( '', array( '0.0.0.0/0' ) ) );
		assert_same( false, Ip_Matcher::matches( '10.0.0.1', array( '10.0.0.0/33', '10.0.0.999', 'example.com' ) ) );
		assert_same( false, Ip_Matcher::matches( '10.0.0.1', array() ) );
	}
);

test(
	'Entries are normalised, and invalid ones are refused',
	static function () {
		assert_same( '203.0.113.7', Ip_Matcher::normalize( ' 203.0.113.7 ' ) );
		assert_same( '10.0.0.0/8', Ip_Matcher::normalize( '10.0.0.0/8' ) );
		assert_same( '2001:db8::/32', Ip_Matcher::normalize( '2001:DB8:0::/32' ) );
		assert_same( '203.0.113.7', Ip_Matcher::normalize( '::ffff:203.0.113.7' ) );
		assert_same( '10.0.0.0/8', Ip_Matcher::normalize( '::ffff:10.0.0.0/104' ) );
		assert_same( '127.0.0.1/32', Ip_Matcher::normalize( '127.0.0.1/32' ) );
		foreach ( array( '', '10.0.0.999', '10.0.0.0/33', '2001:db8::/129', '10.0.0.0/8/8', '10.0.0.0/-1', '10.0.0.0/', 'fe80::1%eth0', '[::1]', 'localhost', '1.2.3' ) as $bad ) {
			assert_same( null, Ip_Matcher::normalize( $bad ), $bad );
		}
	}
);
