import { HelpOrgs } from '../help-orgs/help-orgs.js';
import { defineElement } from '../shared/define.js';

defineElement('help-orgs', HelpOrgs);

export { HelpOrgs };
