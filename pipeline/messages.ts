/**
 * Every message turnlens shows a user lives here, so wording stays consistent and testable.
 * Errors start with "turnlens:" and quote the bad value, the file and, where there is one, the line
 * or field.
 */

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, usage: 1, input: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Marks a TurnlensError whichever copy of this module made it: the CLI's bundle carries its own copy
 * of the pipeline's modules, while the report modules it imports use dist/'s (see esbuild.config.mjs),
 * so `instanceof` compares the mark, not the class. (No class extends TurnlensError; a subclass would
 * need its own test.)
 */
const TURNLENS_ERROR = Symbol.for('turnlens.TurnlensError');

/** An error the user can act on. `exitCode` 2 for bad input, 1 for bad usage. */
export class TurnlensError extends Error {
  readonly exitCode: ExitCode;
  readonly [TURNLENS_ERROR] = true;
  constructor(message: string, exitCode: ExitCode = EXIT.input) {
    super(message.startsWith('turnlens:') ? message : `turnlens: ${message}`);
    this.name = 'TurnlensError';
    this.exitCode = exitCode;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [TURNLENS_ERROR]?: unknown })[TURNLENS_ERROR] === true;
  }
}

/** Quote a user-supplied value for a message: JSON quoting shows invisible and control characters. */
export function q(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value);
  const shown = s.length > 120 ? `${s.slice(0, 117)}…` : s;
  return JSON.stringify(shown);
}

/** "file:line" or "file" for messages. */
export function at(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

export const msg = {
  missingPath: (p: string) => `turnlens: ${q(p)}: no such file or folder`,
  emptyFolder: (p: string) => `turnlens: ${q(p)}: folder holds no .txt or .md files`,
  emptyFile: (p: string) => `turnlens: ${q(p)}: file is empty`,
  binaryFile: (p: string, why: string) => `turnlens: ${q(p)}: looks like a binary file (${why}), not a transcript`,
  undecodable: (p: string, line: number, why: string) =>
    `turnlens: ${q(p)} line ${line}: cannot decode text (${why})`,
  unsupportedType: (p: string) => `turnlens: ${q(p)}: only .txt and .md files are read`,
  invalidJson: (p: string, line: number, why: string) => `turnlens: ${q(p)} line ${line}: not valid JSON (${why})`,
  schema: (p: string, field: string, expected: string, got: unknown) =>
    `turnlens: ${q(p)}: field ${q(field)}: expected ${expected}, got ${q(typeof got === 'string' ? got : JSON.stringify(got))}`,
  unwritableOut: (p: string, why: string) => `turnlens: ${q(p)}: cannot write output folder (${why})`,
  unknownAnalyzer: (name: string, known: string[]) =>
    `turnlens: unknown analyzer ${q(name)}; known analyzers: ${known.join(', ')}`,
  unmetRequirement: (name: string, key: string) =>
    `turnlens: analyzer ${q(name)} requires ${q(key)}, which no analyzer before it produces`,
  unknownRead: (name: string, read: string, known: string[]) =>
    `turnlens: analyzer ${q(name)} reads ${q(read)}, which is neither a resource nor an option; known: ${known.join(', ')}`,
  undeclaredRead: (name: string, what: 'resource' | 'option', key: string) =>
    msg.internal(`analyzer ${q(name)} read the ${what} ${q(key)}, which its reads do not name`),
  sweepsWithRequirements: (name: string, keys: string[]) =>
    `turnlens: analyzer ${q(name)} sweeps whole interviews but requires ${keys.map(q).join(', ')}: a sweep sees no annotations`,
  duplicateProducer: (key: string, a: string, b: string) =>
    `turnlens: analyzers ${q(a)} and ${q(b)} both produce ${q(key)}`,
  unknownTarget: (t: string) => `turnlens: unknown target ${q(t)}: not an entity id in entities.json nor a theme id in themes.json`,
  noLabels: (file: string) =>
    `turnlens: warning: ${q(file)}: no speaker labels found; analysed as one monologue`,
  // ── ingest, CLI and output (H2) ──
  unreadable: (p: string, why: string) => `turnlens: ${q(p)}: cannot read (${why})`,
  usage: (what: string) => `turnlens: ${what} (see turnlens --help)`,
  badDate: (option: string, value: string) =>
    `turnlens: ${option} ${q(value)}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY`,
  badDateRange: (from: string, to: string) => `turnlens: --from ${q(from)} is after --to ${q(to)}`,
  unknownInterview: (id: string, known: string[]) =>
    `turnlens: --compare: no interview with id ${q(id)}; interviews: ${known.join(', ') || '(none)'}`,
  unknownSpeaker: (name: string, known: string[]) =>
    `turnlens: --speaker: no speaker named ${q(name)}; speakers: ${known.join(', ') || '(none)'}`,
  unsafeOut: (p: string, why: string) => `turnlens: ${q(p)}: refusing to use as output folder (${why})`,
  manifestIgnored: (used: string, ignored: string) =>
    `turnlens: warning: using manifest ${q(used)}; ignoring ${q(ignored)} (pass --manifest to choose)`,
  warning: (text: string) => `turnlens: warning: ${text}`,
  moreWarnings: (n: number, report: string | null) =>
    `turnlens: warning: ${n} more warning${n === 1 ? '' : 's'} not shown` +
    (report ? `; every warning is listed in ${q(report)} (Methods, Warnings)` : ''),
  internal: (why: string) => `turnlens: internal error: ${why} (run with --debug for details)`,
  // ── report (H5) ──
  unknownReportTarget: (t: string, known: string[]) =>
    `turnlens: --targets: no stance results for target ${q(t)}; targets: ${known.join(', ') || '(none)'}`,
  // ── interview ids across the corpus (pipeline/split/corpus-ids.ts) ──
  renamedInterview: (file: string, from: string, to: string, holder: string) =>
    `turnlens: warning: ${q(file)}: interview id ${q(from)} is already the id of an interview in ${q(holder)}; renamed to ${q(to)}`,
  manifestEntryTwice: (entry: string, first: string, second: string, id: string) =>
    `turnlens: manifest entry ${q(entry)} matches both ${q(first)} and ${q(second)} (by file name), which would give both interview id ${q(id)}; ` +
    'a manifest id names one interview: rename one of the files or analyse them in separate runs',
} as const;
