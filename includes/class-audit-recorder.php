<?php
/**
 * Listens to every source of application-password events and to their use, and writes them at
 * the end of the request.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

use WP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * The audit trail's event sources.
 *
 * Sources: core's application-password actions, MainWP's own (its page writes the stored list
 * itself and fires only those), the scoped-credentials actions, and a safety net that compares
 * the stored list whenever `_application_passwords` changes, for any other path. Everything is
 * queued and written at `shutdown`: authentication happens inside `determine_current_user`,
 * where asking for the current user would recurse, and the usage of a request is one upsert.
 */
final class Audit_Recorder {

	/**
	 * Reasons of `mainwp_application_passwords_refused` => event type.
	 */
	private const REFUSALS = array(
		'expired'        => 'refused_expired',
		'ip_not_allowed' => 'refused_ip',
		'read_only'      => 'refused_read_only',
		'cannot_mint'    => 'refused_cannot_mint',
		'rotated_out'    => 'refused_rotated_out',
	);

	/**
	 * Failed sign-ins for one username within an hour that trigger the alert.
	 */
	public const FAILED_SIGN_INS_ALERT = 5;

	/**
	 * The request's context.
	 *
	 * @var Audit_Context
	 */
	private Audit_Context $context;

	/**
	 * The tables.
	 *
	 * @var Audit_Store
	 */
	private Audit_Store $store;

	/**
	 * Alerts by email.
	 *
	 * @var Audit_Alerts
	 */
	private Audit_Alerts $alerts;

	/**
	 * Events to write at shutdown.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $queue = array();

	/**
	 * Changes to stored lists not yet explained by an action: user id => uuid => change.
	 *
	 * @var array<int, array<string, array<string, mixed>>>
	 */
	private array $unexplained = array();

	/**
	 * Users whose whole list one write removed: user id => [ count, revoke-all event written ].
	 *
	 * @var array<int, array{count: int, logged: bool}>
	 */
	private array $emptied = array();

	/**
	 * The credential that authenticated this request, if any.
	 *
	 * @var array{user_id: int, item: array<string, mixed>}|null
	 */
	private ?array $authenticated = null;

	/**
	 * Failed sign-ins of this request: [ username, error code ].
	 *
	 * @var array<int, array{0: string, 1: string}>
	 */
	private array $failures = array();

	/**
	 * Whether a scoped-credentials refusal explained this request's failure.
	 *
	 * @var bool
	 */
	private bool $refused = false;

	/**
	 * Stores the parts it works with.
	 *
	 * @param Audit_Context $context The request's context.
	 * @param Audit_Store   $store   The tables.
	 * @param Audit_Alerts  $alerts  Alerts by email.
	 */
	public function __construct( Audit_Context $context, Audit_Store $store, Audit_Alerts $alerts ) {
		$this->context = $context;
		$this->store   = $store;
		$this->alerts  = $alerts;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_action( 'add_user_meta', array( $this, 'before_add' ), 10, 3 );
		add_action( 'update_user_meta', array( $this, 'before_update' ), 10, 4 );
		add_action( 'delete_user_meta', array( $this, 'before_delete' ), 10, 4 );

		add_action( 'wp_create_application_password', array( $this, 'core_created' ), 10, 2 );
		add_action( 'wp_update_application_password', array( $this, 'core_updated' ), 10, 2 );
		add_action( 'wp_delete_application_password', array( $this, 'core_deleted' ), 10, 2 );
		add_action( 'mainwp_create_application_password', array( $this, 'mainwp_created' ), 10, 2 );
		add_action( 'mainwp_update_application_password', array( $this, 'mainwp_updated' ), 10, 3 );
		add_action( 'mainwp_delete_application_password', array( $this, 'mainwp_deleted' ), 10, 2 );
		add_action( 'mainwp_delete_all_application_passwords', array( $this, 'mainwp_deleted_all' ), 10, 2 );

		add_action( 'application_password_did_authenticate', array( $this, 'authenticated' ), 10, 2 );
		add_action( 'application_password_failed_authentication', array( $this, 'failed' ) );

		add_action( 'mainwp_application_passwords_refused', array( $this, 'refused' ), 10, 4 );
		add_action( 'mainwp_application_passwords_policy_changed', array( $this, 'policy_changed' ), 10, 4 );
		add_action( 'mainwp_application_passwords_rotated', array( $this, 'rotated' ), 10, 4 );
		add_action( 'mainwp_application_passwords_policy_settings_changed', array( $this, 'policy_settings_changed' ), 10, 2 );

		add_action( 'shutdown', array( $this, 'flush' ) );
	}

	// The safety net: what a write to the stored list changed.

	/**
	 * Notes the credentials a first write of the list adds.
	 *
	 * @param int    $user_id  User.
	 * @param string $meta_key Meta key.
	 * @param mixed  $value    New value.
	 */
	public function before_add( $user_id, $meta_key, $value ): void {
		if ( WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS === $meta_key ) {
			$this->compare( (int) $user_id, array(), $value );
		}
	}

	/**
	 * Notes what an update of the list changes (the old list is still in the meta cache).
	 *
	 * @param int    $meta_id  Meta id.
	 * @param int    $user_id  User.
	 * @param string $meta_key Meta key.
	 * @param mixed  $value    New value.
	 */
	public function before_update( $meta_id, $user_id, $meta_key, $value ): void {
		if ( WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS === $meta_key ) {
			$this->compare( (int) $user_id, get_user_meta( (int) $user_id, $meta_key, true ), $value );
		}
	}

	/**
	 * Notes the credentials a deletion of the list removes (MainWP's "revoke all" deletes it).
	 *
	 * @param mixed  $meta_ids Meta ids.
	 * @param int    $user_id  User.
	 * @param string $meta_key Meta key.
	 * @param mixed  $value    Value.
	 */
	public function before_delete( $meta_ids, $user_id, $meta_key, $value ): void {
		if ( WP_Application_Passwords::USERMETA_KEY_APPLICATION_PASSWORDS === $meta_key ) {
			$this->compare( (int) $user_id, get_user_meta( (int) $user_id, $meta_key, true ), array() );
		}
	}

	/**
	 * Records additions, removals and renames between two stored lists, until an action explains them.
	 *
	 * Usage updates (last used, last address) change neither and are ignored.
	 *
	 * @param int   $user_id User.
	 * @param mixed $old     Stored list before.
	 * @param mixed $new     Stored list after.
	 */
	private function compare( int $user_id, $old, $new ): void {
		$before = self::by_uuid( $old );
		$after  = self::by_uuid( $new );
		foreach ( array_diff_key( $after, $before ) as $uuid => $item ) {
			$this->unexplained[ $user_id ][ $uuid ] = array(
				'type' => 'created',
				'item' => $item,
			);
		}
		foreach ( array_diff_key( $before, $after ) as $uuid => $item ) {
			$this->unexplained[ $user_id ][ $uuid ] = array(
				'type' => 'revoked',
				'item' => $item,
			);
		}
		foreach ( array_intersect_key( $before, $after ) as $uuid => $item ) {
			if ( (string) $item['name'] !== (string) $after[ $uuid ]['name'] ) {
				$this->unexplained[ $user_id ][ $uuid ] = array(
					'type'     => 'renamed',
					'item'     => $after[ $uuid ],
					'old_name' => (string) $item['name'],
				);
			}
		}
		if ( count( $before ) > 0 && 0 === count( $after ) ) {
			$this->emptied[ $user_id ] = array(
				'count'  => count( $before ),
				'logged' => false,
			);
		}
	}

	/**
	 * Indexes a stored list by uuid, ignoring anything malformed.
	 *
	 * @param mixed $list Stored list.
	 * @return array<string, array<string, mixed>>
	 */
	private static function by_uuid( $list ): array {
		$items = array();
		foreach ( is_array( $list ) ? $list : array() as $item ) {
			if ( is_array( $item ) && isset( $item['uuid'] ) && is_string( $item['uuid'] ) ) {
				$items[ $item['uuid'] ] = $item + array( 'name' => '' );
			}
		}
		return $items;
	}

	/**
	 * Takes a change off the unexplained list and returns it.
	 *
	 * @param int    $user_id User.
	 * @param string $uuid    Credential.
	 * @return array<string, mixed>|null
	 */
	private function explain( int $user_id, string $uuid ): ?array {
		$change = $this->unexplained[ $user_id ][ $uuid ] ?? null;
		unset( $this->unexplained[ $user_id ][ $uuid ] );
		return $change;
	}

	// Core's and MainWP's actions.

	/**
	 * A credential was created through core.
	 *
	 * @param int   $user_id Owner.
	 * @param array $item    Stored item (never the password, which this listener does not take).
	 */
	public function core_created( $user_id, $item ): void {
		$this->created( (int) $user_id, (array) $item, null );
	}

	/**
	 * A credential was created on MainWP's own page.
	 *
	 * @param int   $user_id Owner.
	 * @param array $item    Stored item.
	 */
	public function mainwp_created( $user_id, $item ): void {
		$this->created( (int) $user_id, (array) $item, 'mainwp' );
	}

	/**
	 * Queues a "created" event and its alert.
	 *
	 * @param int         $user_id Owner.
	 * @param array       $item    Stored item.
	 * @param string|null $via     Path, when the action tells it.
	 */
	private function created( int $user_id, array $item, ?string $via ): void {
		$uuid   = (string) ( $item['uuid'] ?? '' );
		$change = $this->explain( $user_id, $uuid );
		// Core's routes pass the action a slashed copy; the stored list holds the real name.
		$name    = $change ? (string) $change['item']['name'] : wp_unslash( (string) ( $item['name'] ?? '' ) );
		$context = array();
		if ( ! empty( $item['app_id'] ) ) {
			$context['app_id'] = wp_unslash( (string) $item['app_id'] );
		}
		$this->queue( 'created', $user_id, $uuid, $name, $context, $via );
	}

	/**
	 * A credential was updated through core: a rename is an event, anything else is not.
	 *
	 * @param int   $user_id Owner.
	 * @param array $item    Stored item after the update.
	 */
	public function core_updated( $user_id, $item ): void {
		$this->updated( (int) $user_id, (array) $item, null );
	}

	/**
	 * A credential was updated on MainWP's page (MainWP also fires this when recording use).
	 *
	 * @param int   $user_id Owner.
	 * @param array $item    Stored item after the update.
	 * @param array $update  What changed.
	 */
	public function mainwp_updated( $user_id, $item, $update = array() ): void {
		if ( is_array( $update ) && ! empty( $update['name'] ) ) {
			$this->updated( (int) $user_id, (array) $item, 'mainwp' );
		}
	}

	/**
	 * Queues a "renamed" event when the update renamed the credential.
	 *
	 * @param int         $user_id Owner.
	 * @param array       $item    Stored item after the update.
	 * @param string|null $via     Path, when the action tells it.
	 */
	private function updated( int $user_id, array $item, ?string $via ): void {
		$uuid   = (string) ( $item['uuid'] ?? '' );
		$change = $this->explain( $user_id, $uuid );
		if ( $change && 'renamed' === $change['type'] ) {
			$this->queue( 'renamed', $user_id, $uuid, (string) $change['item']['name'], array( 'old_name' => $change['old_name'] ), $via );
		}
	}

	/**
	 * A credential was revoked through core (one by one, or all: core fires this for each).
	 *
	 * @param int   $user_id Owner.
	 * @param array $item    Stored item.
	 */
	public function core_deleted( $user_id, $item ): void {
		$this->revoked( (int) $user_id, (array) $item, null );
	}

	/**
	 * A credential was revoked on MainWP's page.
	 *
	 * @param int   $user_id Owner.
	 * @param array $item    Stored item.
	 */
	public function mainwp_deleted( $user_id, $item ): void {
		$this->revoked( (int) $user_id, (array) $item, 'mainwp' );
	}

	/**
	 * Every credential of a user was revoked on MainWP's page (MainWP fires nothing per credential).
	 *
	 * @param int $user_id Owner.
	 * @param int $count   How many.
	 */
	public function mainwp_deleted_all( $user_id, $count ): void {
		$user_id = (int) $user_id;
		if ( isset( $this->emptied[ $user_id ] ) ) {
			$this->emptied[ $user_id ]['count'] = max( 2, (int) $count );
		}
		foreach ( $this->unexplained[ $user_id ] ?? array() as $change ) {
			if ( 'revoked' === $change['type'] ) {
				$this->revoked( $user_id, $change['item'], 'mainwp' );
			}
		}
	}

	/**
	 * Queues a "revoked" event, preceded by one "revoked_all" when one write emptied the list.
	 *
	 * Emptying a list of one is a plain revoke, unless it came through core's revoke-all route.
	 *
	 * @param int         $user_id Owner.
	 * @param array       $item    Stored item.
	 * @param string|null $via     Path, when the action tells it.
	 */
	private function revoked( int $user_id, array $item, ?string $via ): void {
		$uuid    = (string) ( $item['uuid'] ?? '' );
		$context = array();
		$change  = $this->explain( $user_id, $uuid );
		$name    = $change ? (string) $change['item']['name'] : (string) ( $item['name'] ?? '' );
		$emptied = $this->emptied[ $user_id ] ?? null;
		if ( $emptied && ( $emptied['count'] > 1 || $this->is_revoke_all_route() ) ) {
			if ( ! $emptied['logged'] ) {
				$this->emptied[ $user_id ]['logged'] = true;
				$this->queue( 'revoked_all', $user_id, '', '', array( 'count' => $emptied['count'] ), $via );
			}
			$context['revoke_all'] = true;
		}
		$this->queue( 'revoked', $user_id, $uuid, $name, $context, $via );
	}

	/**
	 * Tells whether the request is core's "revoke all" route.
	 *
	 * @return bool
	 */
	private function is_revoke_all_route(): bool {
		$request = $this->context->rest_request();
		return $request && 'DELETE' === $request->get_method() && (bool) preg_match( '#^/wp/v2/users/(?:\d+|me)/application-passwords$#', $request->get_route() );
	}

	// Use, failures and refusals.

	/**
	 * Remembers the credential that authenticated this request (written at shutdown).
	 *
	 * @param \WP_User $user User.
	 * @param array    $item Stored item, as it was before core recorded this use.
	 */
	public function authenticated( $user, $item ): void {
		if ( $user instanceof \WP_User && is_array( $item ) && isset( $item['uuid'] ) ) {
			$this->authenticated = array(
				'user_id' => (int) $user->ID,
				'item'    => $item,
			);
		}
	}

	/**
	 * Remembers a failed sign-in with an application password (written at shutdown).
	 *
	 * @param \WP_Error $error Why.
	 */
	public function failed( $error ): void {
		$username         = isset( $_SERVER['PHP_AUTH_USER'] ) ? sanitize_user( wp_unslash( (string) $_SERVER['PHP_AUTH_USER'] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized as a username.
		$this->failures[] = array( $username, $error instanceof \WP_Error ? (string) $error->get_error_code() : '' );
	}

	/**
	 * A scoped-credentials policy refused a credential.
	 *
	 * @param string $reason  One of REFUSALS' keys.
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @param array  $context `ip`, `method`, `route`, and `expired_at` / `revoke_at` for those reasons.
	 */
	public function refused( $reason, $user_id, $uuid, $context = array() ): void {
		if ( ! isset( self::REFUSALS[ $reason ] ) ) {
			return;
		}
		$this->refused = true;
		$this->queue(
			self::REFUSALS[ $reason ],
			(int) $user_id,
			(string) $uuid,
			null,
			is_array( $context ) ? $context : array(),
			null,
			true
		);
	}

	/**
	 * A credential's policy changed (its creation, with an empty old policy, belongs to "created").
	 *
	 * @param int    $user_id Owner.
	 * @param string $uuid    Credential.
	 * @param array  $old     Policy before.
	 * @param array  $new     Policy after.
	 */
	public function policy_changed( $user_id, $uuid, $old, $new ): void {
		if ( empty( $old ) ) {
			return;
		}
		$this->queue(
			'policy_changed',
			(int) $user_id,
			(string) $uuid,
			null,
			array(
				'old' => $old,
				'new' => $new,
			)
		);
	}

	/**
	 * A credential was rolled over to a new one.
	 *
	 * @param int    $user_id  Owner.
	 * @param string $old_uuid The credential replaced.
	 * @param string $new_uuid Its replacement.
	 * @param array  $schedule When the old one stops working.
	 */
	public function rotated( $user_id, $old_uuid, $new_uuid, $schedule = array() ): void {
		$this->queue(
			'rotated',
			(int) $user_id,
			(string) $old_uuid,
			null,
			array(
				'replaced_by' => (string) $new_uuid,
				'schedule'    => $schedule,
			)
		);
	}

	/**
	 * The site's credential policy changed: an event of no owner, seen by those who see everyone's.
	 *
	 * @param array $old Settings before.
	 * @param array $new Settings after.
	 */
	public function policy_settings_changed( $old, $new ): void {
		$this->queue(
			'policy_changed',
			0,
			'',
			'',
			array(
				'site' => true,
				'old'  => $old,
				'new'  => $new,
			)
		);
	}

	/**
	 * Queues an event; owner, actor and path are read when it is written.
	 *
	 * @param string      $type      Event type.
	 * @param int         $user_id   Owner.
	 * @param string      $uuid      Credential, '' for none.
	 * @param string|null $name      Its name at the time; null to look it up.
	 * @param array       $context   Small details.
	 * @param string|null $via       Path, when the source tells it.
	 * @param bool        $throttled One per credential × address × hour (refusals a client repeats).
	 * @param bool        $first     Before everything queued so far (a use precedes what it did).
	 */
	private function queue( string $type, int $user_id, string $uuid, ?string $name, array $context = array(), ?string $via = null, bool $throttled = false, bool $first = false ): void {
		$event = array(
			'type'      => $type,
			'user_id'   => $user_id,
			'uuid'      => $uuid,
			'name'      => $name,
			'context'   => $context,
			'forced'    => $via,
			'throttled' => $throttled,
			'time'      => gmdate( 'Y-m-d H:i:s' ),
		);
		if ( $first ) {
			array_unshift( $this->queue, $event );
		} else {
			$this->queue[] = $event;
		}
	}

	// Writing.

	/**
	 * Writes what the request did: explained events, then what the safety net found, then use
	 * and failures. Runs at shutdown, when the current user is known.
	 */
	public function flush(): void {
		if ( ! $this->tables_ready() ) {
			return;
		}
		foreach ( $this->unexplained as $user_id => $changes ) {
			foreach ( $changes as $change ) {
				$context = array( 'detected' => 'stored_list' );
				if ( 'renamed' === $change['type'] ) {
					$context['old_name'] = $change['old_name'];
				}
				$this->queue( $change['type'], (int) $user_id, (string) $change['item']['uuid'], (string) $change['item']['name'], $context );
			}
		}
		$this->unexplained = array();
		$this->record_use();
		$this->record_failures();
		$now = time();
		foreach ( $this->queue as $event ) {
			$this->write( $event, $now );
		}
		$this->queue = array();
	}

	/**
	 * Tells whether the tables exist (the schema version is recorded once they do).
	 *
	 * @return bool
	 */
	private function tables_ready(): bool {
		return Audit_Schema::VERSION === get_option( Audit_Schema::VERSION_OPTION );
	}

	/**
	 * Writes the usage of the credential that authenticated the request (one upsert), after
	 * queuing its first use or its first use from a new network.
	 */
	private function record_use(): void {
		if ( ! $this->authenticated ) {
			return;
		}
		$user_id = $this->authenticated['user_id'];
		$item    = $this->authenticated['item'];
		$uuid    = (string) $item['uuid'];
		$ip      = $this->context->ip();
		$net     = Audit_Context::network( $ip );
		if ( empty( $item['last_used'] ) ) {
			$this->queue( 'first_use', $user_id, $uuid, (string) $item['name'], array(), 'application-password', false, true );
		} elseif ( '' !== $net && Audit_Context::network( (string) ( $item['last_ip'] ?? '' ) ) !== $net && ! $this->store->used_from_network( $uuid, $net ) ) {
			$this->queue(
				'new_address',
				$user_id,
				$uuid,
				(string) $item['name'],
				array(
					'network'  => $net,
					'previous' => (string) ( $item['last_ip'] ?? '' ),
				),
				'application-password',
				false,
				true
			);
		}
		$this->authenticated = null;
		$this->store->add_usage(
			array(
				'uuid'    => $uuid,
				'user_id' => $user_id,
				'ip'      => $ip,
				'net'     => $net,
				'bucket'  => $this->bucket(),
				'write'   => $this->context->is_write(),
			),
			time()
		);
	}

	/**
	 * Names what the request used: `ability:<name>` for an ability run or an MCP tool call,
	 * else the REST namespace (`wp/v2`), or `xmlrpc`.
	 *
	 * @return string
	 */
	private function bucket(): string {
		if ( defined( 'XMLRPC_REQUEST' ) && XMLRPC_REQUEST ) {
			return 'xmlrpc';
		}
		$request = $this->context->rest_request();
		$route   = $request ? $request->get_route() : $this->context->route();
		if ( preg_match( '#^/wp-abilities/v\d+/abilities/(.+)/run$#', $route, $match ) ) {
			return 'ability:' . $match[1];
		}
		if ( $request ) {
			$body = $request->get_json_params();
			if ( is_array( $body ) && 'tools/call' === ( $body['method'] ?? null ) && isset( $body['params']['name'] ) && is_string( $body['params']['name'] ) ) {
				$ability = $body['params']['arguments']['ability_name'] ?? $body['params']['name'];
				return 'ability:' . ( is_string( $ability ) ? $ability : $body['params']['name'] );
			}
		}
		$parts = array_values( array_filter( explode( '/', $route ), 'strlen' ) );
		return $parts ? implode( '/', array_slice( $parts, 0, 2 ) ) : '/';
	}

	/**
	 * Counts failed sign-ins per username × address × hour, queuing an event for the first of
	 * each window and alerting the user once the hour's count reaches FAILED_SIGN_INS_ALERT.
	 */
	private function record_failures(): void {
		if ( $this->refused ) {
			$this->failures = array();
		}
		$now = time();
		foreach ( $this->failures as list( $username, $code ) ) {
			$user    = '' !== $username ? ( get_user_by( 'login', $username ) ? get_user_by( 'login', $username ) : get_user_by( 'email', $username ) ) : false;
			$user_id = $user ? (int) $user->ID : 0;
			$subject = 'login:' . strtolower( $username );
			if ( $this->store->count_attempt( $subject, $this->context->ip(), $user_id, $now ) ) {
				// No one is signed in: asking for the current user would authenticate again.
				$event               = $this->base_event( 'failed_sign_in', $user_id, '', '', array( 'code' => $code ), null, false );
				$event['user_login'] = $user ? $user->user_login : substr( $username, 0, 60 );
				$this->store->insert_event( $event );
			}
			if ( $user && self::FAILED_SIGN_INS_ALERT === $this->store->attempts_this_hour( $subject, $now ) ) {
				$this->alerts->failed_sign_ins( $user, self::FAILED_SIGN_INS_ALERT, $this->context->ip() );
			}
		}
		$this->failures = array();
	}

	/**
	 * Writes one queued event, with its alert.
	 *
	 * @param array<string, mixed> $queued Queued event.
	 * @param int                  $now    Unix time.
	 */
	private function write( array $queued, int $now ): void {
		$event = $this->base_event( $queued['type'], $queued['user_id'], $queued['uuid'], $queued['name'], $queued['context'], $queued['forced'] );
		// A refusal names the address, method and route it judged: they become the event's own.
		foreach ( array( 'ip', 'method', 'route' ) as $field ) {
			if ( isset( $event['context'][ $field ] ) && is_string( $event['context'][ $field ] ) ) {
				$event[ $field ] = $event['context'][ $field ];
			}
			unset( $event['context'][ $field ] );
		}
		$event['time'] = $queued['time'];
		if ( $queued['throttled'] && ! $this->store->count_attempt( $queued['type'] . ':' . $queued['uuid'], (string) $event['ip'], (int) $queued['user_id'], $now ) ) {
			return;
		}
		if ( ! $this->store->insert_event( $event ) ) {
			return;
		}
		if ( 'created' === $event['type'] ) {
			$this->alerts->new_credential( $event );
		} elseif ( 'new_address' === $event['type'] ) {
			$this->alerts->new_address( $event );
		}
	}

	/**
	 * Fills an event with its owner, actor, path, address, method and route.
	 *
	 * @param string      $type    Event type.
	 * @param int         $user_id Owner.
	 * @param string      $uuid    Credential.
	 * @param string|null $name    Its name; null to look it up.
	 * @param array       $context Details.
	 * @param string|null $via     Path, when known.
	 * @param bool        $signed_in Whether someone may be signed in (false for failed sign-ins).
	 * @return array<string, mixed>
	 */
	private function base_event( string $type, int $user_id, string $uuid, ?string $name, array $context, ?string $via, bool $signed_in = true ): array {
		$owner = $user_id ? get_userdata( $user_id ) : false;
		$actor = $signed_in ? wp_get_current_user() : new \WP_User();
		if ( null === $name ) {
			$item = $user_id && '' !== $uuid ? WP_Application_Passwords::get_user_application_password( $user_id, $uuid ) : null;
			$name = $item ? (string) $item['name'] : '';
		}
		$path = $this->context->via( $via );
		return array(
			'type'        => $type,
			'user_id'     => $user_id,
			'user_login'  => $owner ? $owner->user_login : '',
			'uuid'        => $uuid,
			'name'        => $name,
			'actor_id'    => (int) $actor->ID,
			'actor_login' => $actor->ID ? $actor->user_login : '',
			'via'         => $path['via'],
			'via_uuid'    => $path['via_uuid'],
			'ip'          => $this->context->ip(),
			'method'      => $this->context->method(),
			'route'       => $this->context->route(),
			'context'     => $context,
		);
	}
}
