<?php
/**
 * Plugin Name: Mensenhandel widgets
 * Description: Help for people who suspect human trafficking, placed by any editor as text: [mensenhandel report-cta channels=emergency,police] … [/mensenhandel]. Loads the widgets' module once, in <head>.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 8.0
 * License: EUPL-1.2
 *
 * The placement is the one docs/cms.md describes; with this plugin WordPress writes the widget's
 * element on the server, so the page shows no placement text while the module loads. The module
 * it loads (the CMS module, dist/cdn/) upgrades placements that WordPress does not run shortcodes
 * on. Settings are checked against settings.json, written by the build from the module's own
 * table (src/cms/placements.ts); values the widget does not know, it replaces by its default.
 */

if (!defined('ABSPATH')) {
	exit;
}

/** Each widget's settings and how their values are written: flag, words or url. */
function mensenhandel_widgets_settings(): array {
	static $settings = null;
	if ($settings === null) {
		$settings = json_decode((string) file_get_contents(__DIR__ . '/settings.json'), true) ?: [];
	}
	return $settings;
}

/** A setting's value as the element's attribute takes it; null: not set; false: not allowed. */
function mensenhandel_widgets_value(string $kind, string $value) {
	$value = trim($value);
	if ($kind === 'flag') {
		if (in_array(strtolower($value), ['', 'ja', 'yes', 'true', 'aan', 'on'], true)) {
			return '';
		}
		return in_array(strtolower($value), ['nee', 'no', 'false', 'uit', 'off'], true) ? null : false;
	}
	if ($kind === 'url') {
		// https: or a path on this site: never javascript:, data: or another scheme.
		return preg_match('#^(https://[^\s/]+(/\S*)?|/(?!/)\S*)$#i', $value) && !preg_match('#[<>"\'`\\\\]#', $value) ? $value : false;
	}
	$words = preg_split('/[\s,;]+/', $value, -1, PREG_SPLIT_NO_EMPTY);
	foreach ($words as $word) {
		if (!preg_match('/^[\p{L}\p{N}_.-]+$/u', $word)) {
			return false;
		}
	}
	return $words ? implode(' ', $words) : false;
}

/**
 * [mensenhandel <widget> <setting>=<value> …] fallback [/mensenhandel]: the widget's element with
 * its settings as attributes, the fallback inside it. An unknown widget gives only the fallback.
 */
function mensenhandel_widgets_shortcode($atts, $content = ''): string {
	$atts = is_array($atts) ? $atts : [];
	// wpautop leaves the paragraph the placement's lines stood in open around the fallback.
	$fallback = preg_replace('#^\s*(</p>|<br\s*/?>)\s*|\s*(<p>|<br\s*/?>)\s*$#i', '', (string) $content);
	$tag = strtolower((string) ($atts[0] ?? ''));
	$allowed = mensenhandel_widgets_settings()[$tag] ?? null;
	if ($allowed === null) {
		return $fallback;
	}
	$attributes = '';
	foreach ($atts as $name => $value) {
		if ($name === 0) {
			continue;
		}
		// A setting written by its name alone (steps) comes as a value with a number for its key.
		[$name, $value] = is_int($name) ? [strtolower((string) $value), ''] : [strtolower((string) $name), (string) $value];
		$kind = $allowed[$name] ?? null;
		$written = $kind === null ? false : mensenhandel_widgets_value($kind, $value);
		if (is_string($written)) {
			$attributes .= ' ' . $name . ($written === '' ? '' : '="' . esc_attr($written) . '"');
		}
	}
	return "<{$tag}{$attributes}>{$fallback}</{$tag}>";
}
add_shortcode('mensenhandel', 'mensenhandel_widgets_shortcode');

/**
 * The CMS module, once per page, in <head>, as a module. No ?ver=: the module's other files
 * import it by its exact address, and a second address would load a second copy.
 */
function mensenhandel_widgets_enqueue(): void {
	wp_enqueue_script('mensenhandel-widgets', plugins_url('cdn/mensenhandel-widgets-cms.js', __FILE__), [], null, false);
}
add_action('wp_enqueue_scripts', 'mensenhandel_widgets_enqueue');

function mensenhandel_widgets_module_tag(string $tag, string $handle): string {
	return $handle === 'mensenhandel-widgets' ? str_replace('<script ', '<script type="module" ', $tag) : $tag;
}
add_filter('script_loader_tag', 'mensenhandel_widgets_module_tag', 10, 2);
