<?php
/**
 * Runs every tests/php/*-test.php and prints one line per test and a closing count.
 *
 * @package MainWP_Application_Passwords\Tests
 */

require __DIR__ . '/bootstrap.php';

foreach ( glob( __DIR__ . '/*-test.php' ) as $file ) {
	require $file;
}

$passed = 0;
$failed = 0;
foreach ( $GLOBALS['mainwp_application_passwords_tests'] as $name => $body ) {
	try {
		$body();
		++$passed;
		echo "  ok  {$name}\n";
	} catch ( Throwable $error ) {
		++$failed;
		echo "  FAIL  {$name}\n        " . get_class( $error ) . ': ' . $error->getMessage() . "\n";
	}
}
echo "PHP " . PHP_VERSION . ": {$passed} passed, {$failed} failed\n";
exit( $failed ? 1 : 0 );
