<?php
/**
 * Policy_Store: what a stored policy looks like to REST clients, whatever is in the meta.
 *
 * @package MainWP_Application_Passwords\Tests
 */

use MainWP_Application_Passwords\Policy_Store;

require_once dirname( __DIR__, 2 ) . '/includes/class-policy-rules.php';
require_once dirname( __DIR__, 2 ) . '/includes/class-policy-store.php';

test(
	'No stored policy reads as never expires, full access, anywhere, no rotation',
	static function () {
		assert_same(
			array(
				'expires'     => null,
				'access'      => 'full',
				'allowed_ips' => array(),
				'rotation'    => null,
			),
			Policy_Store::to_rest( array() )
		);
	}
);

test(
	'A stored policy reads with its dates in UTC and its rotation\'s public fields only',
	static function () {
		$rest = Policy_Store::to_rest(
			array(
				'expires'     => gmmktime( 0, 0, 0, 1, 2, 2027 ),
				'access'      => 'read',
				'allowed_ips' => array( '10.0.0.0/8' ),
				'rotation'    => array(
					'replaced_by' => 'new-uuid',
					'deadline'    => gmmktime( 0, 0, 0, 1, 1, 2027 ),
					'revoke_at'   => gmmktime( 12, 0, 0, 12, 31, 2026 ),
					'grace'       => 3600,
					'first_used'  => gmmktime( 11, 0, 0, 12, 31, 2026 ),
				),
			)
		);
		assert_same(
			array(
				'expires'     => '2027-01-02T00:00:00Z',
				'access'      => 'read',
				'allowed_ips' => array( '10.0.0.0/8' ),
				'rotation'    => array(
					'replaced_by' => 'new-uuid',
					'replaces'    => null,
					'revoke_at'   => '2026-12-31T12:00:00Z',
					'grace'       => 3600,
				),
			),
			$rest
		);
	}
);

test(
	'Unexpected stored values (only this plugin writes the key) read as each field\'s default',
	static function () {
		$policy = Policy_Store::normalize(
			array(
				'expires'     => '1800000000',
				'access'      => 'admin',
				'allowed_ips' => 'not a list',
				'rotation'    => 'not a rotation',
			)
		);
		assert_same( 1800000000, $policy['expires'] );
		assert_same( 'full', $policy['access'] );
		assert_same( array(), $policy['allowed_ips'] );
		assert_same( null, $policy['rotation'] );
	}
);
