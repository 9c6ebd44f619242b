// Entry file: holds no logic. Bundled to action/dist/index.js for `uses: <owner>/warden/action@v1`.
import { runAction } from './run-action.js';

await runAction();
