import { QuickExit } from '../quick-exit/quick-exit.js';
import { defineElement } from '../shared/define.js';

defineElement('quick-exit', QuickExit);

export { QuickExit };
