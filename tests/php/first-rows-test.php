<?php
/**
 * First_Rows: the drawn rows' order and page as the app's table has them, and their relative
 * dates in the words and at the thresholds of wp.date (moment's `from`).
 *
 * @package MainWP_Application_Passwords\Tests
 */

use MainWP_Application_Passwords\First_Rows;

require_once dirname( __DIR__, 2 ) . '/includes/class-first-rows.php';

// The WordPress parts First_Rows reads, as plain stand-ins: English words, time constants.
foreach ( array(
	'MINUTE_IN_SECONDS' => 60,
	'HOUR_IN_SECONDS'   => 3600,
	'DAY_IN_SECONDS'    => 86400,
) as $name => $value ) {
	if ( ! defined( $name ) ) {
		define( $name, $value );
	}
}
if ( ! function_exists( '__' ) ) {
	/**
	 * Returns the text untranslated.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	function __( $text ) {
		return $text;
	}
}

/**
 * Names of items in the order First_Rows puts them.
 *
 * @param array<int, array<string, mixed>> $items Items.
 * @param string                           $field Sort field.
 * @param string                           $direction Sort direction.
 * @param int                              $per_page  Page size.
 * @return string[]
 */
function first_rows_names( array $items, string $field, string $direction, int $per_page = 20 ): array {
	$rows = ( new First_Rows() )->first_page(
		$items,
		array(
			'sort'    => array(
				'field'     => $field,
				'direction' => $direction,
			),
			'perPage' => $per_page,
		)
	);
	return array_column( $rows, 'name' );
}

$first_rows_items = array(
	array(
		'name'      => 'old',
		'created'   => '2026-01-01T10:00:00',
		'last_used' => null,
		'expires'   => null,
	),
	array(
		'name'      => 'New',
		'created'   => '2026-03-01T10:00:00',
		'last_used' => '2026-03-02T10:00:00',
		'expires'   => '2027-01-01T00:00:00',
	),
	array(
		'name'      => 'middle',
		'created'   => '2026-02-01T10:00:00',
		'last_used' => '2026-02-02T10:00:00',
		'expires'   => '2026-06-01T00:00:00',
	),
	array(
		'name'      => 'Twin of middle',
		'created'   => '2026-02-01T10:00:00',
		'last_used' => null,
		'expires'   => null,
	),
);

test(
	'rows sort as the app sorts them, ties in the order the REST answer has them, cut to the page size',
	static function () use ( $first_rows_items ) {
		assert_same( array( 'New', 'middle', 'Twin of middle', 'old' ), first_rows_names( $first_rows_items, 'created', 'desc' ) );
		assert_same( array( 'New', 'middle' ), first_rows_names( $first_rows_items, 'created', 'desc', 2 ), 'page size' );
		assert_same( array( 'middle', 'New', 'old', 'Twin of middle' ), first_rows_names( $first_rows_items, 'name', 'asc' ), 'by name, any case' );
		assert_same( array( 'old', 'Twin of middle', 'middle', 'New' ), first_rows_names( $first_rows_items, 'lastUsed', 'asc' ), 'never used is the oldest' );
		assert_same( array( 'old', 'Twin of middle', 'New', 'middle' ), first_rows_names( $first_rows_items, 'expires', 'desc' ), 'never expiring is the latest' );
	}
);

test(
	'relative dates use wp.date\'s words at moment\'s thresholds',
	static function () {
		$rows = new First_Rows();
		$now  = 1800000000;
		assert_same( 'a second ago', $rows->ago( $now - 44, $now ) );
		assert_same( 'a minute ago', $rows->ago( $now - 89, $now ) );
		assert_same( '2 minutes ago', $rows->ago( $now - 90, $now ) );
		assert_same( '44 minutes ago', $rows->ago( $now - 44 * 60, $now ) );
		assert_same( 'an hour ago', $rows->ago( $now - 45 * 60, $now ) );
		assert_same( '21 hours ago', $rows->ago( $now - 21 * 3600, $now ) );
		assert_same( 'a day ago', $rows->ago( $now - 22 * 3600, $now ) );
		assert_same( '25 days ago', $rows->ago( $now - 25 * 86400, $now ) );
		assert_same( 'a month ago', $rows->ago( $now - 26 * 86400, $now ) );
		assert_same( '3 months ago', $rows->ago( $now - 91 * 86400, $now ) );
		assert_same( 'a year ago', $rows->ago( $now - 400 * 86400, $now ) );
		assert_same( '2 years ago', $rows->ago( $now - 730 * 86400, $now ) );
	}
);

test(
	'a remembered view opens as the app opens it: older views get the columns added since, once',
	static function () {
		$rows = new First_Rows();
		assert_same( array( 'created', 'lastUsed', 'expires', 'access' ), $rows->view_from( null )['fields'], 'nothing remembered: the defaults' );
		assert_same( array( 'created', 'lastIp', 'expires', 'access' ), $rows->view_from( array( 'fields' => array( 'created', 'lastIp' ) ) )['fields'], 'a view from before the policy columns' );
		assert_same(
			array( 'created', 'lastIp' ),
			$rows->view_from(
				array(
					'fields'  => array( 'created', 'lastIp' ),
					'version' => 2,
				)
			)['fields'],
			'a view chosen since stays as chosen'
		);
		assert_same(
			array( 'lastUsed', 'expires', 'access' ),
			$rows->view_from(
				array(
					'fields'  => array( 'owner', 'lastUsed', 'expires', 'access' ),
					'version' => 2,
				)
			)['fields'],
			'the owner column is skipped on one owner\'s list'
		);
	}
);
