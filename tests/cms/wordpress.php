<?php
/*
 * WordPress's own filters on a post, from Debian's wordpress package, without a database: what
 * wp_kses_post keeps when an author or editor without unfiltered_html saves, then what the_content
 * changes in the text when the post is shown (wptexturize curls quotes, wpautop makes paragraphs).
 * Reads the post from stdin, writes the saved post, a line "----", and the shown post.
 */
define('ABSPATH', (getenv('WORDPRESS_PATH') ?: '/usr/share/wordpress') . '/');
define('WPINC', 'wp-includes');
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

$saved = wp_kses_post(stream_get_contents(STDIN));
echo $saved, "\n----\n", do_shortcode(shortcode_unautop(wpautop(wptexturize($saved))));
