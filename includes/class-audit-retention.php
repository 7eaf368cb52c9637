<?php
/**
 * Retention: a daily cron job deletes what is older than the settings keep, in bounded batches
 * within a time budget, never on a visitor's request.
 *
 * @package MainWP_Application_Passwords
 */

namespace MainWP_Application_Passwords;

defined( 'ABSPATH' ) || exit;

/**
 * Schedules and runs the purge.
 */
final class Audit_Retention {

	/**
	 * The cron hook.
	 */
	public const HOOK = 'mainwp_application_passwords_audit_purge';

	/**
	 * Seconds one run may spend deleting before it hands the rest to a follow-up run (filterable).
	 */
	public const BUDGET = 20;

	/**
	 * Hours failed sign-in windows are kept (they only feed the alert and the first-of-window event).
	 */
	private const ATTEMPTS_HOURS = 48;

	/**
	 * Settings: how long to keep.
	 *
	 * @var Audit_Settings
	 */
	private Audit_Settings $settings;

	/**
	 * The tables.
	 *
	 * @var Audit_Store
	 */
	private Audit_Store $store;

	/**
	 * Stores its parts.
	 *
	 * @param Audit_Settings $settings Settings.
	 * @param Audit_Store    $store    The tables.
	 */
	public function __construct( Audit_Settings $settings, Audit_Store $store ) {
		$this->settings = $settings;
		$this->store    = $store;
	}

	/**
	 * Adds the hooks.
	 */
	public function register(): void {
		add_action( self::HOOK, array( $this, 'run' ) );
		add_action( 'init', array( $this, 'schedule' ) );
	}

	/**
	 * Schedules the daily run if it is not (one read of the autoloaded cron option).
	 */
	public function schedule(): void {
		if ( ! wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::HOOK );
		}
	}

	/**
	 * Deletes expired rows batch by batch until none is left or the budget is spent; then a
	 * follow-up run in a minute takes the rest.
	 *
	 * @return array{events: int, usage: int, attempts: int, done: bool} Rows deleted, and whether all expired rows are gone.
	 */
	public function run(): array {
		$settings = $this->settings->get();
		$now      = time();
		/**
		 * Filters the seconds one purge run may spend.
		 *
		 * @param int $budget Seconds. Default 20.
		 */
		$budget   = (float) apply_filters( 'mainwp_application_passwords_audit_purge_budget', self::BUDGET );
		$deadline = microtime( true ) + $budget;
		$bounds   = array(
			'events'   => gmdate( 'Y-m-d H:i:s', $now - $settings['events_days'] * DAY_IN_SECONDS ),
			'usage'    => gmdate( 'Y-m-d', $now - $settings['usage_days'] * DAY_IN_SECONDS ),
			'attempts' => gmdate( 'Y-m-d H:i:s', $now - self::ATTEMPTS_HOURS * HOUR_IN_SECONDS ),
		);
		$deleted  = array_fill_keys( array_keys( $bounds ), 0 );
		$done     = true;
		$batch    = 0.0;
		foreach ( $bounds as $table => $before ) {
			do {
				// A batch that would end past the deadline is left to the next run.
				if ( microtime( true ) + $batch >= $deadline ) {
					$done = false;
					break 2;
				}
				$started           = microtime( true );
				$rows              = $this->store->purge_batch( $table, $before );
				$batch             = microtime( true ) - $started;
				$deleted[ $table ] += $rows;
			} while ( Audit_Store::BATCH === $rows );
		}
		if ( $done ) {
			$this->store->recount_events();
		}
		if ( ! $done ) {
			// WordPress skips it when an identical run is already due within ten minutes.
			wp_schedule_single_event( time() + MINUTE_IN_SECONDS, self::HOOK );
		}
		return $deleted + array( 'done' => $done );
	}
}
