/**
 * The CDN module for a CMS: the widgets' module plus placements typed as text by a web editor
 * (see placements.ts and docs/cms.md). Added once, in the theme's <head>, by whoever manages it:
 * `<script type="module" src="…/mensenhandel-widgets-cms.js"></script>`.
 */
import '../cdn.js';
import { watchPlacements } from './placements.js';

watchPlacements();
