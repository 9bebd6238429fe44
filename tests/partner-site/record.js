// Test instrument: the partner's session recorder (rrweb with its defaults), keeping what it
// records in the page for the test to read.
window.recorded = [];
window.rrweb.record({ emit: (event) => window.recorded.push(event) });
