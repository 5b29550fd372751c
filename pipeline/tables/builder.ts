/**
 * The tables, built one document at a time: each DocResult is folded into rows as it arrives and can
 * then be let go, so the documents stage holds the rows (which are the output) but not every
 * document's analysis (its interviews, turns, sentences, mentions and term counts) at once.
 *
 *   add(doc) … add(doc) ──▶ docIds ──chooseInterviewIds──▶ finish(ids) ──▶ Tables
 *
 * Two parts of a table need the whole corpus and wait for `finish`: keyness compares each interview
 * with the rest (KeynessCounts keeps totals and each interview's frequent terms), and interview ids
 * are only unique once every document is known (split/corpus-ids.ts). Rows made before that carry the
 * ids as analysed; `finish` rewrites the rows of a renamed interview, and builds the stance rows
 * (whose bootstrap seeds and evidence ids hold the interview id) under the final ids.
 * Documents must be added in input order: row order is the order of arrival. A long interview comes
 * in pieces (pipeline/sentences/long-interviews.ts), in order and in consecutive parts: the rows of
 * its turns and sentences are made as each piece arrives, and those that sum over the whole interview
 * (its own row, its themes, term counts and stance) once its last piece is in.
 */
import type { AnalyzedInterview, DocResult, InterviewMeta, Removal, Tables } from '../types.js';
import type { TermCounts, TurnStance } from '../../analyzers/types.js';
import type { DocContext } from '../index.js';
import { idsOf, renameSentenceId, type DocIds } from '../split/corpus-ids.js';
import { interviewRow, turnRows, removedRows } from '../turns/rows.js';
import { sentenceRows } from './sentences.js';
import { mentionRows } from '../../analyzers/entities/rows.js';
import { ThemeTally } from '../../analyzers/themes/rows.js';
import { KeynessCounts } from '../../analyzers/terms/keyness.js';
import { mergeTermCounts } from '../../analyzers/terms/merge.js';
import { collocationRows } from '../../analyzers/terms/collocations.js';
import { stanceRows, aggregateOptionsFrom, type StanceSource } from '../../analyzers/stance/rows.js';
import { joinTurnStance } from '../../analyzers/stance/join.js';
import { TurnlensError, EXIT, msg, q } from '../messages.js';

/** The tables whose rows are made on arrival, each row naming its interview. */
const ON_ARRIVAL = ['interviews', 'turns', 'sentences', 'mentions', 'themes', 'collocations'] as const;
type OnArrival = (typeof ON_ARRIVAL)[number];

/** An interview as added: its id then, and where its rows start in each ON_ARRIVAL table. */
interface Placed {
  id: string;
  starts: number[];
}

/** An interview whose last piece has not arrived yet (one not read in pieces is open only within `add`). */
interface Open {
  /** Its metadata (no turns: a long interview's are let go piece by piece). */
  interview: InterviewMeta;
  /** Its pieces, and how many have arrived. */
  count: number;
  arrived: number;
  turns: number;
  words: number;
  themes: ThemeTally;
  terms: TermCounts[];
  /** Its entry in `stance`, whose turns it fills. */
  stance: { interview: { id: string }; stance: TurnStance[] };
}

export class TableBuilder {
  private readonly rows: Pick<Tables, OnArrival> = { interviews: [], turns: [], sentences: [], mentions: [], themes: [], collocations: [] };
  private readonly removed: Removal[] = [];
  private readonly keyness = new KeynessCounts();
  private readonly stance: StanceSource[] = [];
  private readonly placed: Placed[] = [];
  /** Each document's interview ids, in order; a long document's grow part by part. */
  private readonly docs: Array<{ file: string; ids: string[] }> = [];
  private readonly targets: ReadonlySet<string>;
  private open: Open | undefined;
  private finished = false;

  constructor(private readonly ctx: DocContext) {
    this.targets = new Set(ctx.options.targets);
  }

  /** `continues`: `doc` is a later part of the document added last (see processDocumentParts). */
  add(doc: DocResult, continues = false): void {
    if (this.finished) throw new TurnlensError(msg.internal('a document was added to finished tables'), EXIT.internal);
    const { file, ids } = idsOf(doc);
    const last = this.docs.at(-1);
    if (continues && last) for (const id of ids) last.ids.push(id);
    else this.docs.push({ file, ids });
    for (const r of doc.removed) this.removed.push(r);
    const { rows } = this;
    for (const a of doc.interviews) {
      const o = (a.piece?.index ?? 0) === 0 ? this.opened(a) : this.continued(a);
      const one = [a];
      append(rows.turns, turnRows([a.interview]));
      append(rows.sentences, sentenceRows(one));
      append(rows.mentions, mentionRows(one));
      o.arrived++;
      o.turns += a.interview.turns.length;
      for (const t of a.interview.turns) o.words += t.nWords;
      o.themes.add(a.sentences);
      o.terms.push(a.terms);
      // Only the stance targets' turns are ever tabulated.
      for (const t of a.stance) if (this.targets.has(t.target)) o.stance.stance.push(t);
      if (o.arrived === o.count) this.close(o);
    }
  }

  /** A new interview, or the first piece of one: placed, and open until its last piece. */
  private opened(a: AnalyzedInterview): Open {
    if (this.open) throw new TurnlensError(msg.internal(`interview ${q(this.open.interview.id)} ended before its last piece`), EXIT.internal);
    const { rows } = this;
    this.placed.push({ id: a.interview.id, starts: ON_ARRIVAL.map((t) => rows[t].length) });
    const stance: Open['stance'] = { interview: { id: a.interview.id }, stance: [] };
    this.stance.push(stance);
    const { turns: _turns, speakers: _speakers, ...meta } = a.interview;
    this.open = { interview: meta, count: a.piece?.count ?? 1, arrived: 0, turns: 0, words: 0, themes: new ThemeTally(this.ctx.resources.themes), terms: [], stance };
    return this.open;
  }

  /** A later piece of the open interview, which must be the next one. */
  private continued(a: AnalyzedInterview): Open {
    const o = this.open;
    if (!o || o.interview.id !== a.interview.id || a.piece?.index !== o.arrived || a.piece.count !== o.count) {
      throw new TurnlensError(msg.internal(`piece ${(a.piece?.index ?? 0) + 1} of interview ${q(a.interview.id)} came out of order`), EXIT.internal);
    }
    return o;
  }

  /** The rows that sum over the whole interview. */
  private close(o: Open): void {
    const { rows } = this;
    const id = o.interview.id;
    const terms = o.terms.length === 1 ? o.terms[0] : mergeTermCounts(o.terms);
    rows.interviews.push(interviewRow(o.interview, o.turns, o.words));
    // A turn read in slices has a stance row per slice.
    if (o.count > 1) o.stance.stance = joinTurnStance(o.stance.stance, this.ctx.options.targets, this.ctx.resources.sentiment.stance.neutralBand);
    append(rows.themes, o.themes.rows(id));
    append(rows.collocations, collocationRows([{ interview: o.interview, terms }]));
    this.keyness.add(terms);
    this.open = undefined;
  }

  /** The interview ids of each document added, in order: what chooseInterviewIds needs. */
  get docIds(): readonly DocIds[] {
    return this.docs;
  }

  /**
   * The tables, with each interview under the id `chosen` gives it (per document, per interview, as
   * chooseInterviewIds returns them). Call once, after the last document.
   */
  finish(chosen: readonly (readonly string[])[]): Tables {
    if (this.open) throw new TurnlensError(msg.internal(`interview ${q(this.open.interview.id)} ended before its last piece`), EXIT.internal);
    this.finished = true;
    const ids = chosen.flat();
    if (ids.length !== this.placed.length) {
      throw new TurnlensError(msg.internal(`${ids.length} interview ids for ${this.placed.length} interviews`), EXIT.internal);
    }
    this.placed.forEach((p, i) => {
      if (ids[i] !== p.id) this.rename(i, ids[i]);
    });
    const { stance, turnStance } = stanceRows(this.stance, this.ctx.options.targets, aggregateOptionsFrom(this.ctx.resources.sentiment));
    const { rows } = this;
    return {
      interviews: rows.interviews,
      turns: rows.turns,
      removed: removedRows(this.removed),
      sentences: rows.sentences,
      mentions: rows.mentions,
      themes: rows.themes,
      keyness: this.keyness.rows(ids),
      collocations: rows.collocations,
      stance,
      turnStance,
    };
  }

  /** Interview `i` (in order of arrival) under the id `to`: its rows, and its stance evidence. */
  private rename(i: number, to: string): void {
    const { id: from, starts } = this.placed[i];
    const next = this.placed[i + 1];
    ON_ARRIVAL.forEach((t, k) => {
      const table = this.rows[t];
      const end = next ? next.starts[k] : table.length;
      for (let r = starts[k]; r < end; r++) table[r].interview_id = to;
    });
    const sentenceId = renameSentenceId(from, to);
    this.stance[i] = {
      interview: { id: to },
      stance: this.stance[i].stance.map((t) => ({ ...t, evidence: t.evidence.map(sentenceId) })),
    };
  }
}

/** Pushes one at a time: spreading a large array into push() can overflow the call stack. */
function append<T>(to: T[], rows: readonly T[]): void {
  for (const r of rows) to.push(r);
}
