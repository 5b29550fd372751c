/**
 * The transcript model of one fixture as stable, reviewable JSON (golden files in
 * test/golden/transcripts). Paths are relative to the fixture folder so goldens do not depend on
 * where the repository lives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clean } from '../../../pipeline/clean/index.js';
import { split } from '../../../pipeline/split/index.js';
import { findTurns } from '../../../pipeline/turns/index.js';
import type { RawDoc } from '../../../pipeline/types.js';

export function transcriptModel(raw: RawDoc) {
  const cleaned = clean(raw);
  const found = split(cleaned).map((s) => findTurns(s, cleaned));
  return {
    file: raw.file,
    kind: cleaned.kind,
    warnings: found.flatMap((f) => f.warnings),
    removed: cleaned.removed.map((r) => `${r.line}\t${r.why}\t${JSON.stringify(r.what)}`),
    interviews: found.map(({ interview: iv }) => ({
      id: iv.id,
      title: iv.title,
      date: iv.date,
      kind: iv.kind,
      outlets: iv.outlets,
      interviewee: iv.interviewee,
      speakers: iv.speakers,
      turns: iv.turns.map((t) => ({
        index: t.index,
        speaker: t.speaker,
        role: t.role,
        label: t.label,
        affiliation: t.affiliation,
        answersTurn: t.answersTurn,
        line: t.source.line,
        lineMap: t.lineMap.map(([o, l]) => `${o}@${l}`).join(' '),
        text: t.text,
      })),
    })),
  };
}

export function transcriptGolden(fixturePath: string): string {
  const raw: RawDoc = {
    file: path.basename(fixturePath),
    encoding: 'UTF-8',
    text: fs.readFileSync(fixturePath, 'utf8'),
    sha256: '',
  };
  return `${JSON.stringify(transcriptModel(raw), null, 2)}\n`;
}
