import { base64JsonLines, certBundleLines, cssDataUriLines } from './base64-blobs.js';
import {
  goLines,
  javaLines,
  javascriptLines,
  type LinesGenerator,
  pythonLines,
  typescriptLines,
} from './code-files.js';
import { envLines, jsonLines, markdownLines, propertiesLines, yamlLines } from './config-files.js';
import { goSumLines, packageLockLines, yarnLockLines } from './lockfiles.js';
import { minifiedBundleLines } from './minified-bundle.js';

/** Every kind of file the corpus holds. */
export type FileType =
  | 'ts'
  | 'js'
  | 'py'
  | 'go'
  | 'java'
  | 'yaml'
  | 'json'
  | 'md'
  | 'env'
  | 'properties'
  | 'bundle'
  | 'package-lock'
  | 'yarn-lock'
  | 'go-sum'
  | 'css'
  | 'cert-bundle'
  | 'base64-json';

export const GENERATORS: Record<FileType, LinesGenerator> = {
  ts: typescriptLines,
  js: javascriptLines,
  py: pythonLines,
  go: goLines,
  java: javaLines,
  yaml: yamlLines,
  json: jsonLines,
  md: markdownLines,
  env: envLines,
  properties: propertiesLines,
  bundle: minifiedBundleLines,
  'package-lock': packageLockLines,
  'yarn-lock': yarnLockLines,
  'go-sum': goSumLines,
  css: cssDataUriLines,
  'cert-bundle': certBundleLines,
  'base64-json': base64JsonLines,
};

/** File types whose text is one very long line: secrets are planted inside that line. */
export const INLINE_TYPES: ReadonlySet<FileType> = new Set(['bundle']);

/** The line of an inline type's file that holds the code (the banner comes first). */
export const INLINE_LINE_INDEX = 1;
