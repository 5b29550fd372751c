/** The benchmark's targets (issue 5) and the printed summary. */
import type { BenchResults } from './results.js';
import type { Rate } from './throughput.js';
import type { ScaleRun } from './scale.js';
import type { StageTiming } from './spawn.js';

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean | null;
}

const GIB = 1024;

export function checkTargets(r: BenchResults): TargetCheck[] {
  const out: TargetCheck[] = [];
  const t = r.throughput;
  out.push({
    target: 'analysis ≥ 40% of bare tokenizer throughput',
    value: `${pct(t.analysis.ofTokenizer)} (score ${pct(t.score.ofTokenizer)}, baseline ${pct(t.baseline.ofTokenizer)}; wink's own pipe with POS, nothing else: ${pct(t.winkPipe.ofTokenizer)}; without POS: ${pct(t.winkPipeNoPos.ofTokenizer)})`,
    met: t.analysis.ofTokenizer >= 0.4,
  });
  out.push({
    target: '≥ 10× VADER sentences/s',
    value: `${r.sentiment.speedup}× (${r.sentiment.turnlens.sentencesPerSec} vs ${r.sentiment.vader.sentencesPerSec} sentences/s; the pipeline's sentence stage + analyzer: ${Math.round((r.sentiment.turnlensPipeline.sentencesPerSec / r.sentiment.vader.sentencesPerSec) * 10) / 10}×; wink's bare tokenizer per sentence, nothing else: ${r.sentiment.tokenizerSpeedup}×)`,
    met: r.sentiment.speedup >= 10,
  });
  if (r.accuracy) {
    const acc = r.accuracy.nyt;
    out.push({
      target: 'better accuracy than VADER (NYT editorials, Pearson r)',
      value: `r ${acc.turnlens.toFixed(3)} vs VADER ${acc.vader.toFixed(3)}`,
      met: acc.turnlens > acc.vader,
    });
  }
  if (r.endToEnd) {
    const e = r.endToEnd;
    out.push({ target: 'sample corpus end to end < 2 s', value: `${e.cold.wallMs} ms (median of ${e.cold.runsMs.length} cold runs)`, met: e.cold.wallMs < 2000 });
    const heavyInHelp = e.helpModules.filter((m) => m !== 'natural');
    out.push({
      target: 'heavy modules load only when used',
      value: `--help loads [${e.helpModules.join(', ')}]; analyze loads [${e.cold.modules.join(', ')}]`,
      met: heavyInHelp.length === 0,
    });
    const retokenized = /misses=(\d+)/.exec(e.themesEdited.cache ?? '');
    out.push({
      target: 'editing themes.json / entities.json / --targets does not re-tokenize',
      value: `warm ${e.warm.wallMs} ms [${e.warm.cache}]; themes edited ${e.themesEdited.wallMs} ms [${e.themesEdited.cache}]; entities edited ${e.entitiesEdited.wallMs} ms [${e.entitiesEdited.cache}]; targets edited ${e.targetsEdited.wallMs} ms [${e.targetsEdited.cache}]`,
      met: retokenized ? retokenized[1] === '0' && [e.entitiesEdited, e.targetsEdited].every((r) => /misses=0/.test(r.cache ?? '')) : null,
    });
  }
  if (!r.endToEnd) out.push({ target: 'sample corpus end to end < 2 s; warm runs', value: 'not measured (see failed)', met: null });
  if (!r.scale) out.push({ target: '100× corpus: scaling, peak RSS', value: 'not measured (--quick, or see failed)', met: null });
  if (r.scale) {
    const s = r.scale;
    const big = s.runs[s.runs.length - 1];
    out.push({
      target: `${big.copies}× corpus in ≤ ${big.copies * 0.6}× the 1× time`,
      value: `${s.scaling}× (${s.runs.map((x) => `${x.copies}×: ${x.wallMs} ms`).join(', ')})`,
      met: s.scaling <= big.copies * 0.6,
    });
    const measured = [...s.runs, ...(s.warm ? [s.warm] : []), ...(s.oneFile ? [s.oneFile] : [])];
    const rss = measured.map((x) => x.peakRssMiB);
    const label = (x: ScaleRun) => `${x.copies}×${x === s.warm ? ' warm' : x === s.oneFile ? ' as one file' : ''}`;
    out.push({
      target: 'peak RSS ≤ 1.5 GiB',
      value: measured.map((x) => `${label(x)}: ${x.peakRssMiB ?? '?'} MiB`).join(', '),
      met: rss.every((m) => m !== null) ? Math.max(...(rss as number[])) <= 1.5 * GIB : null,
    });
  }
  return out;
}

function stageLine(st: StageTiming): string {
  const rss = st.peakRssMiB === undefined ? '' : `   RSS ≤ ${st.peakRssMiB} MiB`;
  return `  ${st.stage.padEnd(28)}${st.ms.toFixed(1).padStart(9)} ms${rss}`;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const n = (x: number): string => x.toLocaleString('en-US');

export function formatResults(r: BenchResults): string {
  const lines: string[] = [];
  const i = r.input;
  lines.push(`turnlens bench — ${r.machine.cpus}× ${r.machine.cpuModel}, node ${r.machine.node}`);
  lines.push(`input: ${i.files} files, ${n(i.bytes)} bytes, ${i.interviews} interviews, ${n(i.turns)} turns, ${n(i.sentences)} sentences, ${n(i.tokens)} tokens, ${n(i.words)} words`);
  lines.push('');
  const t = r.throughput;
  lines.push(`throughput (CPU time, median of ${t.rounds} interleaved rounds)   CPU ms    tokens/s     words/s  of tokenizer`);
  const rows: Array<[string, Rate]> = [
    ['bare tokenizer (wink, empty pipe)', t.bareTokenizer],
    ['wink pipe (sbd, negation, POS; no reads)', t.winkPipe],
    ['wink pipe without POS (sbd, negation; no reads)', t.winkPipeNoPos],
    ['sentences (toSentences)', t.sentences],
    ['analyzers only', t.analyzersOnly],
    ['analysis stage (sentences + analyzers)', t.analysis],
    ['score (scoreText per turn)', t.score],
    ['baseline (compromise + AFINN)', t.baseline],
  ];
  for (const [name, rate] of rows) {
    lines.push(`  ${name.padEnd(48)}${rate.cpuMs.toFixed(0).padStart(8)} ${n(rate.tokensPerSec).padStart(11)} ${n(rate.wordsPerSec).padStart(11)} ${pct(rate.ofTokenizer).padStart(13)}`);
  }
  lines.push(`  per analyzer (CPU ms): ${Object.entries(t.perAnalyzerMs).map(([a, ms]) => `${a} ${ms}`).join(', ')}`);
  const s = r.sentiment;
  lines.push('');
  lines.push(`sentiment on ${n(s.sentences)} sentences (per CPU second): turnlens ${n(s.turnlens.sentencesPerSec)}/s from text (the pipeline's sentence stage + analyzer ${n(s.turnlensPipeline.sentencesPerSec)}/s; analyzer alone ${n(s.turnlensAnalyzerOnly.sentencesPerSec)}/s), VADER ${n(s.vader.sentencesPerSec)}/s → ${s.speedup}×; wink's bare tokenizer alone ${n(s.bareTokenizer.sentencesPerSec)}/s → ${s.tokenizerSpeedup}×`);
  if (r.accuracy) lines.push(`  accuracy (${r.accuracy.command}): NYT editorials r = ${r.accuracy.nyt.turnlens.toFixed(3)} turnlens vs ${r.accuracy.nyt.vader.toFixed(3)} VADER`);
  if (r.endToEnd) {
    const e = r.endToEnd;
    lines.push('');
    lines.push(`end to end: ${e.command}`);
    lines.push(`  cold ${e.cold.wallMs} ms wall, ${e.cold.cpuMs ?? '?'} ms CPU (runs ${e.cold.runsMs.join(', ')} ms), peak RSS ${e.cold.peakRssMiB ?? '?'} MiB; --help ${e.helpMs} ms`);
    lines.push(`  start-up (process start → first stage) ${e.cold.startupMs} ms`);
    for (const st of e.cold.stages) lines.push(stageLine(st));
    const stage = (x: { stages: Array<{ stage: string; ms: number }> }, name: string) => x.stages.find((s) => s.stage === name)?.ms.toFixed(0) ?? '?';
    lines.push(`  warm ${e.warm.wallMs} ms (documents ${stage(e.warm, 'documents')} ms); after editing themes.json ${e.themesEdited.wallMs} ms (documents ${stage(e.themesEdited, 'documents')} ms); + entities.json ${e.entitiesEdited.wallMs} ms (documents ${stage(e.entitiesEdited, 'documents')} ms); + --targets ${e.targetsEdited.wallMs} ms (documents ${stage(e.targetsEdited, 'documents')} ms)`);
  }
  if (r.scale) {
    lines.push('');
    lines.push(`scale (synthetic copies in ${r.scale.corpusDir}, seed ${r.scale.seed}):`);
    const row = (x: ScaleRun, note = '') =>
      `  ${`${x.copies}×${note}`.padEnd(14)}${String(x.files).padStart(5)} files ${x.mib.toFixed(1).padStart(6)} MiB ${String(x.wallMs).padStart(8)} ms wall ${String(x.cpuMs ?? '?').padStart(8)} ms CPU  peak RSS ${String(x.peakRssMiB ?? '?').padStart(5)} MiB  ${x.cache ?? ''}`;
    for (const x of r.scale.runs) lines.push(row(x));
    if (r.scale.warm) lines.push(row(r.scale.warm, ' warm'));
    if (r.scale.sequential) lines.push(row(r.scale.sequential, ' 1 job'));
    if (r.scale.oneFile) lines.push(row(r.scale.oneFile, ' one file'));
    lines.push(`  scaling ${r.scale.scaling}×`);
    const big = r.scale.runs[r.scale.runs.length - 1];
    lines.push(`  ${big.copies}× by stage:`);
    for (const st of big.stages) lines.push(stageLine(st));
  }
  if (r.errors.length > 0) {
    lines.push('');
    lines.push('failed:');
    for (const e of r.errors) lines.push(`  ${e.split('\n').slice(0, 6).join('\n  ')}`);
  }
  lines.push('');
  lines.push('targets:');
  for (const c of r.targets) lines.push(`  [${c.met === null ? '?' : c.met ? 'x' : ' '}] ${c.target}: ${c.value}`);
  return lines.join('\n');
}
