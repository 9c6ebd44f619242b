// Entry file: holds no logic. `probot run ./lib/app/index.js` loads this default export.
import { createWardenApp } from './create-app.js';

export default createWardenApp();
