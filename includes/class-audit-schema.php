<?php
/**
 * The audit trail's tables: created with dbDelta on activation and whenever the stored schema
 * version differs from the code's, dropped by uninstall.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Names, creates, upgrades and drops the three audit tables.
 *
 * Written in the MySQL dialect dbDelta reads; on SQLite (Playground) the SQLite integration
 * translates it, indexes and upserts included. Network-wide (base prefix), like the
 * application passwords themselves, which live in user meta.
 */
final class Audit_Schema {

	/**
	 * Version of the table definitions below; bump it when they change.
	 */
	public const VERSION = '3';

	/**
	 * Site option holding the version the tables were last created or upgraded to.
	 */
	public const VERSION_OPTION = 'mainwp_application_passwords_audit_schema';

	/**
	 * Option holding the number of events (see Audit_Store::count_events()).
	 */
	public const EVENTS_COUNT_OPTION = 'mainwp_application_passwords_audit_events';

	/**
	 * Table suffixes after the base prefix.
	 */
	private const EVENTS   = 'app_passwords_events';
	private const USAGE    = 'app_passwords_usage';
	private const ATTEMPTS = 'app_passwords_attempts';

	/**
	 * Adds the hooks: the check on every load is one autoloaded option read.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'maybe_upgrade' ), 1 );
	}

	/**
	 * The events table: one row per discrete event.
	 *
	 * @return string
	 */
	public static function events_table(): string {
		global $wpdb;
		return $wpdb->base_prefix . self::EVENTS;
	}

	/**
	 * The usage table: requests per credential × day × address × bucket.
	 *
	 * @return string
	 */
	public static function usage_table(): string {
		global $wpdb;
		return $wpdb->base_prefix . self::USAGE;
	}

	/**
	 * The attempts table: failed sign-ins and refusals per subject × address × hour.
	 *
	 * @return string
	 */
	public static function attempts_table(): string {
		global $wpdb;
		return $wpdb->base_prefix . self::ATTEMPTS;
	}

	/**
	 * All three tables.
	 *
	 * @return string[]
	 */
	public static function tables(): array {
		return array( self::events_table(), self::usage_table(), self::attempts_table() );
	}

	/**
	 * Creates or upgrades the tables when the stored version is not this code's.
	 */
	public function maybe_upgrade(): void {
		if ( self::VERSION !== get_option( self::VERSION_OPTION ) ) {
			$this->install();
		}
	}

	/**
	 * Creates the tables, or brings them to the current definitions, and records the version.
	 */
	public function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';

		$charset = $wpdb->get_charset_collate();
		$events  = self::events_table();
		$usage   = self::usage_table();
		$tries   = self::attempts_table();

		// dbDelta's format: two spaces after PRIMARY KEY, one definition per line.
		// Events: the first page is the newest ids (primary key); pages per owner, credential and
		// type walk (user_id, id), (uuid, id) and (type, id); retention walks time; the search
		// reads name, user_login, ip and route by prefix, each from its own index (name's first
		// 191 characters, as core indexes long columns, for servers whose keys stop at 767 bytes).
		dbDelta(
			"CREATE TABLE {$events} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
time datetime NOT NULL,
type varchar(32) NOT NULL,
user_id bigint(20) unsigned NOT NULL DEFAULT 0,
user_login varchar(60) NOT NULL DEFAULT '',
uuid varchar(36) NOT NULL DEFAULT '',
name varchar(200) NOT NULL DEFAULT '',
actor_id bigint(20) unsigned NOT NULL DEFAULT 0,
actor_login varchar(60) NOT NULL DEFAULT '',
via varchar(24) NOT NULL DEFAULT '',
via_uuid varchar(36) NOT NULL DEFAULT '',
ip varchar(45) NOT NULL DEFAULT '',
method varchar(10) NOT NULL DEFAULT '',
route varchar(191) NOT NULL DEFAULT '',
context text NOT NULL,
PRIMARY KEY  (id),
KEY time (time),
KEY user_id (user_id,id),
KEY uuid (uuid,id),
KEY type (type,id),
KEY name (name(191)),
KEY user_login (user_login),
KEY ip (ip),
KEY route (route)
) {$charset};"
		);
		// Usage: one credential's days are contiguous in the primary key; `net` (the /24 or /64)
		// answers "seen from this network before?"; retention walks day.
		dbDelta(
			"CREATE TABLE {$usage} (
uuid varchar(36) NOT NULL,
day date NOT NULL,
ip varchar(45) NOT NULL DEFAULT '',
bucket varchar(120) NOT NULL DEFAULT '',
user_id bigint(20) unsigned NOT NULL DEFAULT 0,
net varchar(45) NOT NULL DEFAULT '',
requests int(10) unsigned NOT NULL DEFAULT 0,
writes int(10) unsigned NOT NULL DEFAULT 0,
first_seen datetime NOT NULL,
last_seen datetime NOT NULL,
PRIMARY KEY  (uuid,day,ip,bucket),
KEY user_day (user_id,day),
KEY uuid_net (uuid,net),
KEY day (day)
) {$charset};"
		);
		// Attempts: a brute-force run updates one row per subject × address × hour.
		dbDelta(
			"CREATE TABLE {$tries} (
subject varchar(120) NOT NULL,
ip varchar(45) NOT NULL DEFAULT '',
hour datetime NOT NULL,
user_id bigint(20) unsigned NOT NULL DEFAULT 0,
attempts int(10) unsigned NOT NULL DEFAULT 0,
last_seen datetime NOT NULL,
PRIMARY KEY  (subject,ip,hour),
KEY hour (hour)
) {$charset};"
		);
		update_option( self::VERSION_OPTION, self::VERSION, true );
	}

	/**
	 * Drops the tables and forgets the version (uninstall).
	 */
	public static function drop(): void {
		global $wpdb;
		foreach ( self::tables() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table name.
		}
		delete_option( self::VERSION_OPTION );
		delete_option( self::EVENTS_COUNT_OPTION );
	}
}
