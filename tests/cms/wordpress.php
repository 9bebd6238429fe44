<?php
/*
 * WordPress's own code on a post, from Debian's wordpress package, without a database: what
 * wp_kses_post keeps when an author or editor without unfiltered_html saves, then what the_content
 * shows (wptexturize, wpautop, shortcode_unautop, do_shortcode, in WordPress's order). Given the
 * path of a plugin's main file, it is loaded first, its scripts enqueued as a theme's page would,
 * and the tags wp_print_scripts writes are returned as `head`. Reads the post from stdin, writes
 * {"saved", "shown", "head"} as JSON. Options a database would hold come from pre_option filters.
 */
define('ABSPATH', (getenv('WORDPRESS_PATH') ?: '/usr/share/wordpress') . '/');
define('WPINC', 'wp-includes');
define('WP_DEBUG', false);
$plugin = $argv[1] ?? null;
if ($plugin) {
	define('WP_CONTENT_DIR', dirname($plugin, 3));
	define('WP_PLUGIN_DIR', dirname($plugin, 2));
	define('WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins');
	define('WP_PLUGIN_URL', getenv('WP_PLUGIN_URL'));
}
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/shortcodes.php';
// wptexturize translates its quote characters: WordPress's l10n, with no language loaded.
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/class-wp-textdomain-registry.php';
$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();
require ABSPATH . WPINC . '/class-wp-dependency.php';
require ABSPATH . WPINC . '/class-wp-dependencies.php';
require ABSPATH . WPINC . '/class-wp-scripts.php';
require ABSPATH . WPINC . '/functions.wp-scripts.php';
require ABSPATH . WPINC . '/link-template.php';
$GLOBALS['wp_plugin_paths'] = [];
add_filter('pre_option_blog_charset', fn() => 'UTF-8');

$head = '';
if ($plugin) {
	require $plugin;
	// A theme that fires the hook twice, or a second plugin asking for the same handle: one tag.
	do_action('wp_enqueue_scripts');
	do_action('wp_enqueue_scripts');
	ob_start();
	wp_print_scripts();
	$head = ob_get_clean();
}
$saved = wp_kses_post(stream_get_contents(STDIN));
$shown = do_shortcode(shortcode_unautop(wpautop(wptexturize($saved))));
echo json_encode(['saved' => $saved, 'shown' => $shown, 'head' => $head]);
