<?php
/**
 * Audit_Context::network(): the network a "new address" alert compares, /24 for IPv4 and /64
 * for IPv6, whatever way the address is written.
 *
 * @package MainWP_Application_Passwords\Tests
 */

use MainWP_Application_Passwords\Audit_Context;

require_once dirname( __DIR__, 2 ) . '/includes/class-audit-context.php';

test(
	'an IPv4 address belongs to its /24',
	static function () {
		assert_same( '203.0.113.0/24', Audit_Context::network( '203.0.113.77' ) );
		assert_same( Audit_Context::network( '203.0.113.1' ), Audit_Context::network( '203.0.113.254' ) );
		assert_same( false, Audit_Context::network( '203.0.113.1' ) === Audit_Context::network( '203.0.114.1' ), 'next /24' );
	}
);

test(
	'an IPv6 address belongs to its /64, however it is written',
	static function () {
		assert_same( '2001:db8:1:2::/64', Audit_Context::network( '2001:db8:1:2:aaaa:bbbb:cccc:dddd' ) );
		assert_same( Audit_Context::network( '2001:0db8:0001:0002::1' ), Audit_Context::network( '2001:db8:1:2:ffff::9' ) );
		assert_same( false, Audit_Context::network( '2001:db8:1:2::1' ) === Audit_Context::network( '2001:db8:1:3::1' ), 'next /64' );
	}
);

test(
	'no address, or something else, has no network',
	static function () {
		assert_same( '', Audit_Context::network( '' ) );
		assert_same( '', Audit_Context::network( 'not an address' ) );
	}
);
