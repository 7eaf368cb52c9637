<?php
/**
 * Personal data: the audit trail's exporter and eraser for WordPress's privacy tools.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Exports a user's events and usage (addresses are personal data) and erases their addresses.
 */
final class Audit_Privacy {

	/**
	 * Rows per exporter page.
	 */
	private const PER_PAGE = 500;

	/**
	 * The tables.
	 *
	 * @var Audit_Store
	 */
	private Audit_Store $store;

	/**
	 * Stores the tables.
	 *
	 * @param Audit_Store $store The tables.
	 */
	public function __construct( Audit_Store $store ) {
		$this->store = $store;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'add_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'add_eraser' ) );
	}

	/**
	 * Registers the exporter.
	 *
	 * @param array<string, array<string, mixed>> $exporters Exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function add_exporter( $exporters ) {
		$exporters['mainwp-application-passwords-audit'] = array(
			'exporter_friendly_name' => __( 'Application password activity', 'mainwp-application-passwords' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the eraser.
	 *
	 * @param array<string, array<string, mixed>> $erasers Erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function add_eraser( $erasers ) {
		$erasers['mainwp-application-passwords-audit'] = array(
			'eraser_friendly_name' => __( 'Application password activity', 'mainwp-application-passwords' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Exports one page: the user's events first, then their usage rows.
	 *
	 * @param string $email Email address of the request.
	 * @param int    $page  Page, from 1.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public function export( $email, $page = 1 ) {
		$user = get_user_by( 'email', (string) $email );
		if ( ! $user ) {
			return array(
				'data' => array(),
				'done' => true,
			);
		}
		$page        = max( 1, (int) $page );
		$event_pages = (int) ceil( $this->store->count_rows_of_user( (int) $user->ID, 'events' ) / self::PER_PAGE );
		$usage_pages = (int) ceil( $this->store->count_rows_of_user( (int) $user->ID, 'usage' ) / self::PER_PAGE );
		$data        = array();
		if ( $page <= $event_pages ) {
			foreach ( $this->store->rows_of_user( (int) $user->ID, 'events', $page, self::PER_PAGE ) as $row ) {
				$data[] = array(
					'group_id'    => 'mainwp-application-passwords-events',
					'group_label' => __( 'Application password events', 'mainwp-application-passwords' ),
					'item_id'     => 'app-password-event-' . $row['id'],
					'data'        => $this->pairs(
						array(
							__( 'Time (UTC)', 'mainwp-application-passwords' ) => $row['time'],
							__( 'Event', 'mainwp-application-passwords' ) => $row['type'],
							__( 'Credential', 'mainwp-application-passwords' ) => $row['name'],
							__( 'By', 'mainwp-application-passwords' ) => $row['actor_login'],
							__( 'Path', 'mainwp-application-passwords' ) => $row['via'],
							__( 'Address', 'mainwp-application-passwords' ) => $row['ip'],
							__( 'Route', 'mainwp-application-passwords' ) => trim( $row['method'] . ' ' . $row['route'] ),
						)
					),
				);
			}
		} elseif ( $page <= $event_pages + $usage_pages ) {
			foreach ( $this->store->rows_of_user( (int) $user->ID, 'usage', $page - $event_pages, self::PER_PAGE ) as $row ) {
				$data[] = array(
					'group_id'    => 'mainwp-application-passwords-usage',
					'group_label' => __( 'Application password usage', 'mainwp-application-passwords' ),
					'item_id'     => 'app-password-usage-' . md5( $row['uuid'] . $row['day'] . $row['ip'] . $row['bucket'] ),
					'data'        => $this->pairs(
						array(
							__( 'Day (UTC)', 'mainwp-application-passwords' ) => $row['day'],
							__( 'Credential', 'mainwp-application-passwords' ) => $row['uuid'],
							__( 'Address', 'mainwp-application-passwords' ) => $row['ip'],
							__( 'Used', 'mainwp-application-passwords' ) => $row['bucket'],
							__( 'Requests', 'mainwp-application-passwords' ) => (string) $row['requests'],
						)
					),
				);
			}
		}
		return array(
			'data' => $data,
			'done' => $page >= $event_pages + $usage_pages,
		);
	}

	/**
	 * Turns label => value into the exporter's name/value pairs.
	 *
	 * @param array<string, string> $fields Fields.
	 * @return array<int, array{name: string, value: string}>
	 */
	private function pairs( array $fields ): array {
		$pairs = array();
		foreach ( $fields as $name => $value ) {
			$pairs[] = array(
				'name'  => (string) $name,
				'value' => (string) $value,
			);
		}
		return $pairs;
	}

	/**
	 * Erases a batch of the user's addresses: deletes usage rows, clears events' addresses.
	 *
	 * @param string $email Email address of the request.
	 * @param int    $page  Page, from 1 (unused: each call takes the next batch).
	 * @return array{items_removed: bool, items_retained: bool, messages: string[], done: bool}
	 */
	public function erase( $email, $page = 1 ) {
		$user = get_user_by( 'email', (string) $email );
		if ( ! $user ) {
			return array(
				'items_removed'  => false,
				'items_retained' => false,
				'messages'       => array(),
				'done'           => true,
			);
		}
		$changed = $this->store->erase_user_batch( (int) $user->ID );
		return array(
			'items_removed'  => $changed > 0,
			'items_retained' => false,
			'messages'       => $changed > 0 ? array() : array( __( 'Application password events are kept, without addresses, for the audit trail\'s retention period.', 'mainwp-application-passwords' ) ),
			'done'           => 0 === $changed,
		);
	}
}
