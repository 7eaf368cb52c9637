<?php
/**
 * One page of the all-users overview: filtering, sorting and paging of stored credentials.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Picks one page out of every holder's credentials, in plain PHP with no WordPress calls.
 *
 * Holders come in as `{ owner, login, name, credentials }`, where `owner` is whatever the caller
 * wants back (a `WP_User` in the REST route) and `credentials` are as core stores them.
 */
final class Overview_Query {

	/**
	 * Days without use, and since creation, after which a credential counts as idle.
	 */
	public const IDLE_DAYS = 90;

	/**
	 * Seconds in a day, as core's DAY_IN_SECONDS.
	 */
	private const DAY = 86400;

	/**
	 * Fields the overview sorts by.
	 */
	public const ORDERBY = array( 'created', 'last_used', 'name' );

	/**
	 * Usage filters: never used, or idle (neither used nor created in the last IDLE_DAYS days).
	 */
	public const USAGE = array( 'never', 'idle90' );

	/**
	 * Policy filters: expired, expiring within EXPIRING_DAYS days, read-only access.
	 */
	public const POLICY = array( 'expired', 'expiring', 'read' );

	/**
	 * Days within which a credential counts as expiring, as the table's "Expiring in 7 days".
	 */
	public const EXPIRING_DAYS = 7;

	/**
	 * Case-folded search text; '' matches everything.
	 *
	 * @var string
	 */
	private string $search;

	/**
	 * Usage filters a credential must match one of; none means no filtering.
	 *
	 * @var string[]
	 */
	private array $usage;

	/**
	 * Policy filters a credential must match one of; none means no filtering.
	 *
	 * @var string[]
	 */
	private array $policy;

	/**
	 * Returns a credential's policy (`expires` as a Unix time or null, `access`), given its
	 * owner and the credential as core stores it; asked only when a policy filter is set.
	 *
	 * @var callable|null
	 */
	private $policy_of;

	/**
	 * Field to sort by.
	 *
	 * @var string
	 */
	private string $orderby;

	/**
	 * Whether the sort is ascending.
	 *
	 * @var bool
	 */
	private bool $ascending;

	/**
	 * Page wanted, from 1.
	 *
	 * @var int
	 */
	private int $page;

	/**
	 * Credentials per page.
	 *
	 * @var int
	 */
	private int $per_page;

	/**
	 * The present, as a Unix time.
	 *
	 * @var int
	 */
	private int $now;

	/**
	 * Stores the query, with anything out of range brought back into it.
	 *
	 * @param array<string, mixed> $args      Keys: search, usage (string[]), policy (string[]), orderby, order ('asc'|'desc'), page, per_page.
	 * @param int                  $now       The present, as a Unix time.
	 * @param callable|null        $policy_of Returns `array{expires: int|null, access: string}` for ( owner, credential ); needed for policy filters.
	 */
	public function __construct( array $args, int $now, ?callable $policy_of = null ) {
		$orderby         = $args['orderby'] ?? 'created';
		$this->search    = self::fold( trim( (string) ( $args['search'] ?? '' ) ) );
		$this->usage     = array_values( array_intersect( self::USAGE, (array) ( $args['usage'] ?? array() ) ) );
		$this->policy    = null === $policy_of ? array() : array_values( array_intersect( self::POLICY, (array) ( $args['policy'] ?? array() ) ) );
		$this->policy_of = $policy_of;
		$this->orderby   = in_array( $orderby, self::ORDERBY, true ) ? $orderby : 'created';
		$this->ascending = 'asc' === ( $args['order'] ?? 'desc' );
		$this->page      = self::positive_int( $args['page'] ?? 1 );
		$this->per_page  = self::positive_int( $args['per_page'] ?? 20 );
		$this->now       = $now;
	}

	/**
	 * Runs the query over the holders and returns the page with the collection's totals.
	 *
	 * A page past the last one is empty; the totals still describe the whole collection.
	 *
	 * @param iterable<array{owner: mixed, login: string, name: string, credentials: array<int, array<string, mixed>>}> $holders Users holding credentials.
	 * @return array{items: array<int, array{owner: mixed, credential: array<string, mixed>}>, total: int, pages: int}
	 */
	public function run( iterable $holders ): array {
		$rows = array();
		foreach ( $holders as $holder ) {
			$owner_matches = $this->owner_matches( (string) $holder['login'], (string) $holder['name'] );
			foreach ( $holder['credentials'] as $credential ) {
				if ( ! $owner_matches && ! $this->text_matches( (string) $credential['name'] ) ) {
					continue;
				}
				if ( $this->usage && ! $this->usage_matches( $credential ) ) {
					continue;
				}
				if ( $this->policy && ! $this->policy_matches( ( $this->policy_of )( $holder['owner'], $credential ) ) ) {
					continue;
				}
				$rows[] = array(
					'owner'      => $holder['owner'],
					'credential' => $credential,
				);
			}
		}
		$this->sort( $rows );

		$total = count( $rows );
		$pages = (int) ceil( $total / $this->per_page );
		// Compared before multiplying, so a huge page number never overflows into a float.
		$items = $this->page > $pages ? array() : array_slice( $rows, ( $this->page - 1 ) * $this->per_page, $this->per_page );
		return array(
			'items' => $items,
			'total' => $total,
			'pages' => $pages,
		);
	}

	/**
	 * Tells whether a stored credential is idle: neither used nor created in the last IDLE_DAYS days.
	 *
	 * @param array<string, mixed> $credential Credential as core stores it.
	 * @param int                  $now        The present, as a Unix time.
	 * @return bool
	 */
	public static function is_idle( array $credential, int $now ): bool {
		$last_activity = max( (int) ( $credential['created'] ?? 0 ), (int) ( $credential['last_used'] ?? 0 ) );
		return $now - $last_activity > self::IDLE_DAYS * self::DAY;
	}

	/**
	 * Reads a count of 1 or more, with numbers too large for an integer held at the largest one.
	 *
	 * @param mixed $value A number, or text holding one.
	 * @return int
	 */
	private static function positive_int( $value ): int {
		if ( ! is_numeric( $value ) ) {
			return 1;
		}
		return (float) $value >= (float) PHP_INT_MAX ? PHP_INT_MAX : max( 1, (int) $value );
	}

	/**
	 * Lowercases text for a case-insensitive search, beyond ASCII where PHP can.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private static function fold( string $text ): string {
		return function_exists( 'mb_strtolower' ) ? mb_strtolower( $text, 'UTF-8' ) : strtolower( $text );
	}

	/**
	 * Tells whether text contains the search (always true without a search).
	 *
	 * @param string $text Text.
	 * @return bool
	 */
	private function text_matches( string $text ): bool {
		return '' === $this->search || false !== strpos( self::fold( $text ), $this->search );
	}

	/**
	 * Tells whether a search names the owner, which matches all of their credentials.
	 *
	 * @param string $login        Username.
	 * @param string $display_name Display name.
	 * @return bool
	 */
	private function owner_matches( string $login, string $display_name ): bool {
		return '' !== $this->search && ( $this->text_matches( $login ) || $this->text_matches( $display_name ) );
	}

	/**
	 * Tells whether a credential matches any of the usage filters.
	 *
	 * @param array<string, mixed> $credential Credential as core stores it.
	 * @return bool
	 */
	private function usage_matches( array $credential ): bool {
		return ( in_array( 'never', $this->usage, true ) && empty( $credential['last_used'] ) )
			|| ( in_array( 'idle90', $this->usage, true ) && self::is_idle( $credential, $this->now ) );
	}

	/**
	 * Tells whether a credential's policy matches any of the policy filters: expired (its
	 * expiry has passed, as sign-in judges it), expiring (not yet expired, but within
	 * EXPIRING_DAYS days) or read (read-only access).
	 *
	 * @param array<string, mixed> $policy The credential's `expires` (Unix time or null) and `access`.
	 * @return bool
	 */
	private function policy_matches( array $policy ): bool {
		$expires = isset( $policy['expires'] ) ? (int) $policy['expires'] : null;
		return ( in_array( 'expired', $this->policy, true ) && null !== $expires && $expires <= $this->now )
			|| ( in_array( 'expiring', $this->policy, true ) && null !== $expires && $expires > $this->now && $expires - $this->now <= self::EXPIRING_DAYS * self::DAY )
			|| ( in_array( 'read', $this->policy, true ) && 'read' === ( $policy['access'] ?? 'full' ) );
	}

	/**
	 * Sorts rows in place; never-used sorts as the oldest, ties by name then uuid.
	 *
	 * @param array<int, array{owner: mixed, credential: array<string, mixed>}> $rows Rows.
	 */
	private function sort( array &$rows ): void {
		$orderby   = $this->orderby;
		$ascending = $this->ascending;
		usort(
			$rows,
			static function ( array $a, array $b ) use ( $orderby, $ascending ): int {
				$a     = $a['credential'];
				$b     = $b['credential'];
				$order = 'name' === $orderby
					? strcasecmp( (string) $a['name'], (string) $b['name'] )
					: (int) ( $a[ $orderby ] ?? 0 ) <=> (int) ( $b[ $orderby ] ?? 0 );
				if ( ! $ascending ) {
					$order = -$order;
				}
				return 0 !== $order ? $order : ( strcasecmp( (string) $a['name'], (string) $b['name'] ) ?: strcmp( (string) $a['uuid'], (string) $b['uuid'] ) );
			}
		);
	}
}
