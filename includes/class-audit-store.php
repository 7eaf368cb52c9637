<?php
/**
 * Reads and writes the audit tables; every SQL statement of the audit trail is here.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own tables, names from Audit_Schema; values always prepared.

/**
 * The audit trail's repository: events, usage aggregates, attempt windows, purges and erasure.
 */
final class Audit_Store {

	/**
	 * Rows deleted per statement by purges and erasure.
	 */
	public const BATCH = 5000;

	/**
	 * Option holding the number of events, so the unfiltered first page needs no COUNT(*) over
	 * a million rows; the daily purge recounts it. Single sites only (the tables are the network's).
	 */
	public const COUNT_OPTION = Audit_Schema::EVENTS_COUNT_OPTION;

	/**
	 * Writes one event.
	 *
	 * @param array<string, mixed> $event Columns of the events table (context as an array).
	 * @return int The new event's id, 0 when the write failed.
	 */
	public function insert_event( array $event ): int {
		global $wpdb;
		$row = array(
			'time'        => $event['time'] ?? gmdate( 'Y-m-d H:i:s' ),
			'type'        => (string) $event['type'],
			'user_id'     => (int) ( $event['user_id'] ?? 0 ),
			'user_login'  => substr( (string) ( $event['user_login'] ?? '' ), 0, 60 ),
			'uuid'        => substr( (string) ( $event['uuid'] ?? '' ), 0, 36 ),
			'name'        => substr( (string) ( $event['name'] ?? '' ), 0, 200 ),
			'actor_id'    => (int) ( $event['actor_id'] ?? 0 ),
			'actor_login' => substr( (string) ( $event['actor_login'] ?? '' ), 0, 60 ),
			'via'         => (string) ( $event['via'] ?? 'other' ),
			'via_uuid'    => (string) ( $event['via_uuid'] ?? '' ),
			'ip'          => (string) ( $event['ip'] ?? '' ),
			'method'      => (string) ( $event['method'] ?? '' ),
			'route'       => substr( (string) ( $event['route'] ?? '' ), 0, 191 ),
			'context'     => (string) wp_json_encode( (object) ( $event['context'] ?? array() ) ),
		);
		$ok  = $wpdb->insert( Audit_Schema::events_table(), $row, array( '%s', '%s', '%d', '%s', '%s', '%s', '%d', '%s', '%s', '%s', '%s', '%s', '%s', '%s' ) );
		if ( ! $ok ) {
			return 0;
		}
		$id = (int) $wpdb->insert_id;
		$this->add_to_count( 1 );
		return $id;
	}

	/**
	 * Adds to (or, negative, takes from) the stored number of events, when one is kept.
	 *
	 * @param int $delta Change.
	 */
	private function add_to_count( int $delta ): void {
		global $wpdb;
		if ( is_multisite() || 0 === $delta ) {
			return;
		}
		// One statement, so concurrent requests cannot lose an increment.
		$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = option_value + %d WHERE option_name = %s", $delta, self::COUNT_OPTION ) );
		wp_cache_delete( self::COUNT_OPTION, 'options' );
	}

	/**
	 * Counts every event with COUNT(*) and stores the number (the daily purge calls it).
	 *
	 * @return int
	 */
	public function recount_events(): int {
		global $wpdb;
		$count = (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Audit_Schema::events_table() );
		if ( ! is_multisite() ) {
			update_option( self::COUNT_OPTION, $count, false );
		}
		return $count;
	}

	/**
	 * Adds one request to a usage row, creating it on the first request: one statement.
	 *
	 * @param array{uuid: string, user_id: int, ip: string, net: string, bucket: string, write: bool} $hit The request.
	 * @param int                                                                                     $now Unix time.
	 * @return bool
	 */
	public function add_usage( array $hit, int $now ): bool {
		global $wpdb;
		$time  = gmdate( 'Y-m-d H:i:s', $now );
		$write = $hit['write'] ? 1 : 0;
		$sql   = $wpdb->prepare(
			'INSERT INTO ' . Audit_Schema::usage_table() . ' (uuid, day, ip, bucket, user_id, net, requests, writes, first_seen, last_seen)
			VALUES (%s, %s, %s, %s, %d, %s, 1, %d, %s, %s)
			ON DUPLICATE KEY UPDATE requests = requests + 1, writes = writes + VALUES(writes), last_seen = VALUES(last_seen)',
			$hit['uuid'],
			gmdate( 'Y-m-d', $now ),
			$hit['ip'],
			substr( $hit['bucket'], 0, 120 ),
			$hit['user_id'],
			$hit['net'],
			$write,
			$time,
			$time
		);
		return false !== $wpdb->query( $sql );
	}

	/**
	 * Tells whether a credential was used from a network before (within usage retention).
	 *
	 * @param string $uuid Credential.
	 * @param string $net  Network, as Audit_Context::network() names it.
	 * @return bool
	 */
	public function used_from_network( string $uuid, string $net ): bool {
		global $wpdb;
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM ' . Audit_Schema::usage_table() . ' WHERE uuid = %s AND net = %s LIMIT 1', $uuid, $net ) );
	}

	/**
	 * Counts one attempt in its subject × address × hour window.
	 *
	 * @param string $subject E.g. `login:admin` or `refused_expired:<uuid>`.
	 * @param string $ip      Address.
	 * @param int    $user_id The user concerned, 0 when unknown.
	 * @param int    $now     Unix time.
	 * @return bool True when this attempt opened the window (the first of its hour).
	 */
	public function count_attempt( string $subject, string $ip, int $user_id, int $now ): bool {
		global $wpdb;
		$table = Audit_Schema::attempts_table();
		$hour  = gmdate( 'Y-m-d H:00:00', $now );
		$time  = gmdate( 'Y-m-d H:i:s', $now );
		$wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (subject, ip, hour, user_id, attempts, last_seen) VALUES (%s, %s, %s, %d, 1, %s)",
				substr( $subject, 0, 120 ),
				$ip,
				$hour,
				$user_id,
				$time
			)
		);
		if ( 1 === (int) $wpdb->rows_affected ) {
			return true;
		}
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET attempts = attempts + 1, last_seen = %s WHERE subject = %s AND ip = %s AND hour = %s", $time, substr( $subject, 0, 120 ), $ip, $hour ) );
		return false;
	}

	/**
	 * Counts the attempts of one subject in the hour, from every address.
	 *
	 * @param string $subject Subject.
	 * @param int    $now     Unix time.
	 * @return int
	 */
	public function attempts_this_hour( string $subject, int $now ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT SUM(attempts) FROM ' . Audit_Schema::attempts_table() . ' WHERE subject = %s AND hour = %s', substr( $subject, 0, 120 ), gmdate( 'Y-m-d H:00:00', $now ) ) );
	}

	/**
	 * Builds the WHERE clause of an events query.
	 *
	 * @param array<string, mixed> $filters Keys: user_ids (int[]|null = all), user_id, uuid, types, search, after, before.
	 * @return string ' WHERE …' or ''.
	 */
	private function events_where( array $filters ): string {
		global $wpdb;
		$where = array();
		if ( isset( $filters['user_ids'] ) && is_array( $filters['user_ids'] ) ) {
			$ids     = array_map( 'intval', $filters['user_ids'] );
			$where[] = $ids ? 'user_id IN (' . implode( ',', $ids ) . ')' : '1 = 0';
		}
		if ( ! empty( $filters['user_id'] ) ) {
			$where[] = $wpdb->prepare( 'user_id = %d', $filters['user_id'] );
		}
		if ( ! empty( $filters['uuid'] ) ) {
			$where[] = $wpdb->prepare( 'uuid = %s', $filters['uuid'] );
		}
		if ( ! empty( $filters['types'] ) ) {
			$where[] = 'type IN (' . implode( ',', array_map( static fn( $type ) => $wpdb->prepare( '%s', $type ), $filters['types'] ) ) . ')';
		}
		if ( ! empty( $filters['after'] ) ) {
			$where[] = $wpdb->prepare( 'time >= %s', $filters['after'] );
		}
		if ( ! empty( $filters['before'] ) ) {
			$where[] = $wpdb->prepare( 'time <= %s', $filters['before'] );
		}
		if ( $this->has_search( $filters ) ) {
			$where[] = '(' . implode( ' OR ', $this->search_conditions( (string) $filters['search'] ) ) . ')';
		}
		return $where ? ' WHERE ' . implode( ' AND ', $where ) : '';
	}

	/**
	 * Tells whether a query searches.
	 *
	 * @param array<string, mixed> $filters See events_where().
	 * @return bool
	 */
	private function has_search( array $filters ): bool {
		return isset( $filters['search'] ) && '' !== (string) $filters['search'];
	}

	/**
	 * The search's conditions, one per indexed column: the credential name, the owner's username,
	 * the address or the route starts with the text (the route also with a leading slash, so
	 * `wp/v2` finds `/wp/v2/posts`). A prefix match reads the column's index; a `LIKE '%…%'`
	 * would read every row.
	 *
	 * @param string $search Text.
	 * @return string[]
	 */
	private function search_conditions( string $search ): array {
		global $wpdb;
		$prefix     = $wpdb->esc_like( $search ) . '%';
		$conditions = array(
			$wpdb->prepare( 'name LIKE %s', $prefix ),
			$wpdb->prepare( 'user_login LIKE %s', $prefix ),
			$wpdb->prepare( 'ip LIKE %s', $prefix ),
			$wpdb->prepare( 'route LIKE %s', $prefix ),
		);
		if ( '/' !== $search[0] ) {
			$conditions[] = $wpdb->prepare( 'route LIKE %s', '/' . $prefix );
		}
		return $conditions;
	}

	/**
	 * The ids of the events a search finds: each condition read from its own index, a UNION
	 * of index range reads (no row read, no scan of the table).
	 *
	 * @param string $search Text.
	 * @return string A SELECT of one column, `id`.
	 */
	private function search_ids( string $search ): string {
		$table = Audit_Schema::events_table();
		return implode(
			' UNION ',
			array_map(
				static fn( string $condition ): string => "SELECT id FROM {$table} WHERE {$condition}",
				$this->search_conditions( $search )
			)
		);
	}

	/**
	 * The FROM clause of a page or a count: with a search, the ids it finds joined to their
	 * rows, so the other filters apply to those rows alone.
	 *
	 * @param array<string, mixed> $filters See events_where().
	 * @return string
	 */
	private function events_from( array $filters ): string {
		$table = Audit_Schema::events_table();
		if ( ! $this->has_search( $filters ) ) {
			return " FROM {$table} e";
		}
		return ' FROM (' . $this->search_ids( (string) $filters['search'] ) . ") found JOIN {$table} e ON e.id = found.id";
	}

	/**
	 * Returns one page of events, newest first unless told otherwise.
	 *
	 * @param array<string, mixed> $filters  See events_where().
	 * @param int                  $page     Page, from 1.
	 * @param int                  $per_page Rows per page.
	 * @param bool                 $ascending Oldest first.
	 * @return array<int, array<string, mixed>>
	 */
	public function events( array $filters, int $page, int $per_page, bool $ascending = false ): array {
		global $wpdb;
		$offset = ( max( 1, $page ) - 1 ) * $per_page;
		$rest   = $filters;
		unset( $rest['search'] );
		$sql = 'SELECT e.*' . $this->events_from( $filters ) . $this->events_where( $rest )
			. ' ORDER BY e.id ' . ( $ascending ? 'ASC' : 'DESC' ) . $wpdb->prepare( ' LIMIT %d OFFSET %d', $per_page, $offset );
		return (array) $wpdb->get_results( $sql, ARRAY_A );
	}

	/**
	 * Counts the events a query matches.
	 *
	 * @param array<string, mixed> $filters See events_where().
	 * @return int
	 */
	public function count_events( array $filters ): int {
		global $wpdb;
		$rest = $filters;
		unset( $rest['search'] );
		$where = $this->events_where( $rest );
		if ( '' === $where && ! $this->has_search( $filters ) && ! is_multisite() ) {
			$stored = get_option( self::COUNT_OPTION );
			return is_numeric( $stored ) ? (int) $stored : $this->recount_events();
		}
		if ( '' === $where ) {
			// A search alone: count the ids the indexes found, no row read.
			return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM (' . $this->search_ids( (string) $filters['search'] ) . ') found' );
		}
		return (int) $wpdb->get_var( 'SELECT COUNT(*)' . $this->events_from( $filters ) . $where );
	}

	/**
	 * Walks every event a query matches, a batch at a time by id, for the streamed export.
	 *
	 * @param array<string, mixed> $filters   See events_where().
	 * @param bool                 $ascending Oldest first.
	 * @return \Generator<int, array<string, mixed>>
	 */
	public function each_event( array $filters, bool $ascending = false ): \Generator {
		global $wpdb;
		$where  = $this->events_where( $filters );
		$cursor = null;
		do {
			$bound = null === $cursor ? '' : ( ( '' === $where ? ' WHERE ' : ' AND ' ) . 'id ' . ( $ascending ? '>' : '<' ) . ' ' . (int) $cursor );
			$rows  = (array) $wpdb->get_results( 'SELECT * FROM ' . Audit_Schema::events_table() . $where . $bound . ' ORDER BY id ' . ( $ascending ? 'ASC' : 'DESC' ) . ' LIMIT 1000', ARRAY_A );
			foreach ( $rows as $row ) {
				$cursor = (int) $row['id'];
				yield $row;
			}
		} while ( 1000 === count( $rows ) );
	}

	/**
	 * The owners the trail has events of, each with the username of their latest event.
	 *
	 * One index jump per owner (the newest id of each in `(user_id, id)`), not a scan.
	 *
	 * @return array<int, array{user_id: string, user_login: string}>
	 */
	public function event_owners(): array {
		global $wpdb;
		$table = Audit_Schema::events_table();
		return (array) $wpdb->get_results( "SELECT e.user_id, e.user_login FROM (SELECT MAX(id) AS id FROM {$table} WHERE user_id > 0 GROUP BY user_id) latest JOIN {$table} e ON e.id = latest.id ORDER BY e.user_login", ARRAY_A );
	}

	/**
	 * The credentials the trail has events of, most recently active first, each with the name
	 * and owner of its latest event.
	 *
	 * @param int[]|null $user_ids Only these owners' credentials; null for everyone's.
	 * @param int        $limit    At most this many.
	 * @return array<int, array{uuid: string, name: string, user_id: string, user_login: string}>
	 */
	public function event_credentials( ?array $user_ids, int $limit ): array {
		global $wpdb;
		if ( is_array( $user_ids ) && ! $user_ids ) {
			return array();
		}
		$table  = Audit_Schema::events_table();
		$owners = is_array( $user_ids ) ? ' AND user_id IN (' . implode( ',', array_map( 'intval', $user_ids ) ) . ')' : '';
		return (array) $wpdb->get_results(
			"SELECT e.uuid, e.name, e.user_id, e.user_login FROM (SELECT MAX(id) AS id FROM {$table} WHERE uuid <> ''{$owners} GROUP BY uuid ORDER BY id DESC"
			. $wpdb->prepare( ' LIMIT %d', $limit ) . ") latest JOIN {$table} e ON e.id = latest.id ORDER BY e.id DESC",
			ARRAY_A
		);
	}

	/**
	 * Requests and writes per day of one credential since a day.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @param string $since   First day, Y-m-d.
	 * @return array<string, array{requests: int, writes: int}> By day.
	 */
	public function usage_days( int $user_id, string $uuid, string $since ): array {
		global $wpdb;
		$rows = (array) $wpdb->get_results( $wpdb->prepare( 'SELECT day, SUM(requests) AS requests, SUM(writes) AS writes FROM ' . Audit_Schema::usage_table() . ' WHERE uuid = %s AND day >= %s AND user_id = %d GROUP BY day', $uuid, $since, $user_id ), ARRAY_A );
		$days = array();
		foreach ( $rows as $row ) {
			$days[ (string) $row['day'] ] = array(
				'requests' => (int) $row['requests'],
				'writes'   => (int) $row['writes'],
			);
		}
		return $days;
	}

	/**
	 * Requests per bucket of one credential, most recently used first.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @return array<int, array<string, mixed>>
	 */
	public function usage_buckets( int $user_id, string $uuid ): array {
		global $wpdb;
		return (array) $wpdb->get_results( $wpdb->prepare( 'SELECT bucket, SUM(requests) AS requests, SUM(writes) AS writes, MAX(last_seen) AS last_seen FROM ' . Audit_Schema::usage_table() . ' WHERE uuid = %s AND user_id = %d GROUP BY bucket ORDER BY last_seen DESC', $uuid, $user_id ), ARRAY_A );
	}

	/**
	 * Requests per address of one credential, most recently seen first.
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @return array<int, array<string, mixed>>
	 */
	public function usage_addresses( int $user_id, string $uuid ): array {
		global $wpdb;
		return (array) $wpdb->get_results( $wpdb->prepare( 'SELECT ip, SUM(requests) AS requests, MIN(first_seen) AS first_seen, MAX(last_seen) AS last_seen FROM ' . Audit_Schema::usage_table() . ' WHERE uuid = %s AND user_id = %d GROUP BY ip ORDER BY last_seen DESC', $uuid, $user_id ), ARRAY_A );
	}

	/**
	 * Deletes up to one batch of rows older than a bound from one table.
	 *
	 * @param string $table  'events', 'usage' or 'attempts'.
	 * @param string $before Rows strictly older than this (datetime or date, UTC) go.
	 * @return int Rows deleted.
	 */
	public function purge_batch( string $table, string $before ): int {
		global $wpdb;
		$map = array(
			'events'   => array( Audit_Schema::events_table(), 'time' ),
			'usage'    => array( Audit_Schema::usage_table(), 'day' ),
			'attempts' => array( Audit_Schema::attempts_table(), 'hour' ),
		);
		list( $name, $column ) = $map[ $table ];
		$deleted               = (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$name} WHERE {$column} < %s LIMIT %d", $before, self::BATCH ) );
		if ( 'events' === $table ) {
			$this->add_to_count( -$deleted );
		}
		return $deleted;
	}

	/**
	 * Returns a batch of one user's events and usage rows for the personal-data exporter.
	 *
	 * @param int    $user_id User.
	 * @param string $table   'events' or 'usage'.
	 * @param int    $page    Page, from 1.
	 * @param int    $per     Rows per page.
	 * @return array<int, array<string, mixed>>
	 */
	public function rows_of_user( int $user_id, string $table, int $page, int $per ): array {
		global $wpdb;
		$name  = 'events' === $table ? Audit_Schema::events_table() : Audit_Schema::usage_table();
		$order = 'events' === $table ? 'id' : 'day, uuid, ip, bucket';
		return (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$name} WHERE user_id = %d ORDER BY {$order} LIMIT %d OFFSET %d", $user_id, $per, ( $page - 1 ) * $per ), ARRAY_A );
	}

	/**
	 * Counts a user's events or usage rows.
	 *
	 * @param int    $user_id User.
	 * @param string $table   'events' or 'usage'.
	 * @return int
	 */
	public function count_rows_of_user( int $user_id, string $table ): int {
		global $wpdb;
		$name = 'events' === $table ? Audit_Schema::events_table() : Audit_Schema::usage_table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$name} WHERE user_id = %d", $user_id ) );
	}

	/**
	 * Erases a user's addresses: deletes a batch of their usage rows, then clears the address in
	 * a batch of their events (the events themselves stay, for the audit's retention period).
	 *
	 * @param int $user_id User.
	 * @return int Rows changed; 0 once nothing is left.
	 */
	public function erase_user_batch( int $user_id ): int {
		global $wpdb;
		$usage = (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Audit_Schema::usage_table() . ' WHERE user_id = %d LIMIT %d', $user_id, self::BATCH ) );
		if ( $usage ) {
			return $usage;
		}
		$events = (int) $wpdb->query( $wpdb->prepare( 'UPDATE ' . Audit_Schema::events_table() . " SET ip = '', context = '{}' WHERE user_id = %d AND (ip <> '' OR context <> '{}') LIMIT %d", $user_id, self::BATCH ) );
		if ( $events ) {
			return $events;
		}
		return (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Audit_Schema::attempts_table() . ' WHERE user_id = %d LIMIT %d', $user_id, self::BATCH ) );
	}
}
