<?php
/**
 * Overview_Query: which credentials the all-users overview returns, in which order, on which page.
 *
 * @package MainWP_Application_Passwords\Tests
 */

use MainWP_Application_Passwords\Overview_Query;

require_once dirname( __DIR__, 2 ) . '/includes/class-overview-query.php';

const NOW = 1800000000;
const DAY = 86400;

/**
 * A credential as core stores it.
 *
 * @param string   $name      Name.
 * @param int      $created   Created, days before NOW.
 * @param int|null $last_used Last used, days before NOW; null for never.
 * @return array<string, mixed>
 */
function credential( string $name, int $created, ?int $last_used = null ): array {
	return array(
		'uuid'      => 'uuid-' . strtolower( str_replace( ' ', '-', $name ) ),
		'app_id'    => '',
		'name'      => $name,
		'password'  => '$generic$hash-of-' . $name,
		'created'   => NOW - $created * DAY,
		'last_used' => null === $last_used ? null : NOW - $last_used * DAY,
		'last_ip'   => null === $last_used ? null : '127.0.0.1',
	);
}

/**
 * Two holders: Alice with three credentials, Bob with two.
 *
 * @return array<int, array<string, mixed>>
 */
function holders(): array {
	return array(
		array(
			'owner'       => 'alice-owner',
			'login'       => 'alice',
			'name'        => 'Alice Ängström',
			'credentials' => array(
				credential( 'Zapier', 400, 1 ),
				credential( 'Claude Desktop', 2 ),
				credential( 'Old script', 200, 120 ),
			),
		),
		array(
			'owner'       => 'bob-owner',
			'login'       => 'bob',
			'name'        => 'Bob',
			'credentials' => array(
				credential( 'Forgotten', 150 ),
				credential( 'backup job', 30, 10 ),
			),
		),
	);
}

/**
 * Runs a query over holders() and returns the names on the page.
 *
 * @param array<string, mixed> $args Query.
 * @return string[]
 */
function names( array $args ): array {
	$result = ( new Overview_Query( $args, NOW ) )->run( holders() );
	return array_map(
		static function ( array $item ): string {
			return $item['credential']['name'];
		},
		$result['items']
	);
}

test(
	'sorts by created, newest first, by default',
	static function () {
		assert_same( array( 'Claude Desktop', 'backup job', 'Forgotten', 'Old script', 'Zapier' ), names( array() ) );
	}
);

test(
	'sorts by last used with never-used as the oldest, ties by name',
	static function () {
		assert_same(
			array( 'Claude Desktop', 'Forgotten', 'Old script', 'backup job', 'Zapier' ),
			names(
				array(
					'orderby' => 'last_used',
					'order'   => 'asc',
				)
			)
		);
	}
);

test(
	'sorts by name without regard to case',
	static function () {
		assert_same(
			array( 'backup job', 'Claude Desktop', 'Forgotten', 'Old script', 'Zapier' ),
			names(
				array(
					'orderby' => 'name',
					'order'   => 'asc',
				)
			)
		);
	}
);

test(
	'searches credential names and owners, case-insensitively beyond ASCII',
	static function () {
		assert_same( array( 'backup job' ), names( array( 'search' => 'BACKUP' ) ) );
		assert_same( array( 'Claude Desktop', 'Old script', 'Zapier' ), names( array( 'search' => 'ängström' ) ), 'display name' );
		assert_same( array( 'backup job', 'Forgotten' ), names( array( 'search' => 'bob' ) ), 'username' );
		assert_same( array(), names( array( 'search' => 'nothing like it' ) ) );
	}
);

test(
	'filters credentials never used',
	static function () {
		assert_same( array( 'Claude Desktop', 'Forgotten' ), names( array( 'usage' => array( 'never' ) ) ) );
	}
);

test(
	'counts as idle only what was neither used nor created in the last 90 days',
	static function () {
		// "Claude Desktop" was created two days ago and never used: new, not idle.
		assert_same( array( 'Forgotten', 'Old script' ), names( array( 'usage' => array( 'idle90' ) ) ) );
		assert_same( array( 'Claude Desktop', 'Forgotten', 'Old script' ), names( array( 'usage' => array( 'never', 'idle90' ) ) ), 'either filter' );
	}
);

test(
	'draws the idle line at exactly 90 days',
	static function () {
		assert_same( false, Overview_Query::is_idle( credential( 'Edge', 90 ), NOW ), 'created 90 days ago' );
		assert_same( true, Overview_Query::is_idle( array( 'created' => NOW - 90 * DAY - 1 ), NOW ), 'a second more' );
		assert_same( false, Overview_Query::is_idle( credential( 'Used', 400, 89 ), NOW ), 'used 89 days ago' );
	}
);

test(
	'ignores unknown usage filters and sort fields',
	static function () {
		assert_same( names( array() ), names( array( 'usage' => array( 'sometimes' ), 'orderby' => 'password' ) ) );
	}
);

test(
	'pages the sorted credentials and counts the whole collection',
	static function () {
		$query  = new Overview_Query(
			array(
				'per_page' => 2,
				'page'     => 3,
			),
			NOW
		);
		$result = $query->run( holders() );
		assert_same( 5, $result['total'] );
		assert_same( 3, $result['pages'] );
		assert_same( 'Zapier', $result['items'][0]['credential']['name'] );
		assert_same( 'alice-owner', $result['items'][0]['owner'], 'the owner as given' );
		assert_same( 1, count( $result['items'] ) );
	}
);

test(
	'answers a page past the last one, however large, with an empty page and the right totals',
	static function () {
		foreach ( array( 4, PHP_INT_MAX, '99999999999999999999', 1e30 ) as $page ) {
			$result = ( new Overview_Query(
				array(
					'per_page' => 2,
					'page'     => $page,
				),
				NOW
			) )->run( holders() );
			assert_same(
				array(
					'items' => array(),
					'total' => 5,
					'pages' => 3,
				),
				$result,
				'page ' . var_export( $page, true ) // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_var_export -- test output.
			);
		}
	}
);

test(
	'reads a page below 1 or not a number as the first page',
	static function () {
		foreach ( array( 0, -3, 'two', null ) as $page ) {
			assert_same( array( 'Claude Desktop', 'backup job' ), names( array( 'per_page' => 2, 'page' => $page ) ) );
		}
	}
);

test(
	'answers no holders with an empty first page',
	static function () {
		assert_same(
			array(
				'items' => array(),
				'total' => 0,
				'pages' => 0,
			),
			( new Overview_Query( array(), NOW ) )->run( array() )
		);
	}
);

test(
	'filters by policy as the table does: expired, expiring within 7 days, read only, any of them',
	static function () {
		$policies = array(
			'uuid-zapier'         => array( 'expires' => NOW, 'access' => 'full' ),
			'uuid-claude-desktop' => array( 'expires' => NOW + 7 * DAY, 'access' => 'read' ),
			'uuid-old-script'     => array( 'expires' => NOW + 7 * DAY + 1, 'access' => 'full' ),
			'uuid-forgotten'      => array( 'expires' => NOW + 1, 'access' => 'full' ),
		);
		$policy_of = static function ( $owner, array $credential ) use ( $policies ): array {
			return $policies[ $credential['uuid'] ] ?? array( 'expires' => null, 'access' => 'full' );
		};
		$names     = static function ( array $policy ) use ( $policy_of ): array {
			$args   = array(
				'policy'  => $policy,
				'orderby' => 'name',
				'order'   => 'asc',
			);
			$result = ( new Overview_Query( $args, NOW, $policy_of ) )->run( holders() );
			return array_map(
				static function ( array $item ): string {
					return $item['credential']['name'];
				},
				$result['items']
			);
		};
		assert_same( array( 'Zapier' ), $names( array( 'expired' ) ), 'expired at this very second' );
		assert_same( array( 'Claude Desktop', 'Forgotten' ), $names( array( 'expiring' ) ), 'within 7 days, not yet expired' );
		assert_same( array( 'Claude Desktop' ), $names( array( 'read' ) ) );
		assert_same( array( 'Claude Desktop', 'Zapier' ), $names( array( 'expired', 'read' ) ), 'any of them' );
		assert_same( 5, count( $names( array( 'sometimes' ) ) ), 'unknown filters are ignored' );
		$result = ( new Overview_Query( array( 'policy' => array( 'read' ) ), NOW ) )->run( holders() );
		assert_same( 5, $result['total'], 'without a way to read policies, no policy filter' );
	}
);
