// Test instrument, loaded before the widgets: records what a partner would see go wrong.
window.observed = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.observed.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.addEventListener('error', (event) => window.observed.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.observed.errors.push(String(event.reason)));
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  window.observed[level] = [];
  console[level] = (...args) => {
    window.observed[level].push(args.map(String).join(' '));
    original(...args);
  };
}
// Keyboard listeners on the page, to prove that copies of the library share one.
window.observed.keydownListeners = 0;
const addEventListener = window.addEventListener;
window.addEventListener = function (type, ...rest) {
  if (type === 'keydown') window.observed.keydownListeners += 1;
  return addEventListener.call(this, type, ...rest);
};
