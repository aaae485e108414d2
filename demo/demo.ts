// The demo page: all three elements on the bundled snapshot.
import '../src/index.js';
