<?php
/**
 * A minimal test harness for the plugin's PHP that needs no WordPress: `test()` registers a
 * test, `assert_same()` compares, and run.php runs them all.
 *
 * @package MainWP_Application_Passwords\Tests
 */

// The plugin's files stop unless loaded by WordPress; these tests load the ones that need nothing else.
define( 'ABSPATH', __DIR__ . '/' );

/**
 * Raised by an assertion that does not hold.
 */
final class Assertion_Failed extends Exception {
}

/**
 * Registers a test.
 *
 * @param string   $name What it checks, as a sentence.
 * @param callable $body The test; it fails by throwing.
 */
function test( string $name, callable $body ): void {
	$GLOBALS['mainwp_application_passwords_tests'][ $name ] = $body;
}

/**
 * Fails unless two values are identical (`===`).
 *
 * @param mixed  $expected Expected value.
 * @param mixed  $actual   Actual value.
 * @param string $message  What was compared, for the failure message.
 */
function assert_same( $expected, $actual, string $message = '' ): void {
	if ( $expected !== $actual ) {
		throw new Assertion_Failed(
			( '' === $message ? '' : $message . ': ' )
			. 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_var_export -- test output.
		);
	}
}
