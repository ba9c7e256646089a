/**
 * Fitting a confidence model for one way of asking (`npm run train`, train.ts): a logistic
 * regression, answerable against unanswerable training questions judging by their best candidates,
 * its L2 penalties weighed and its threshold chosen on the dev questions asked that way.
 *
 * A question asked of the whole library and one asked of one article (`/ask article:`) get a model
 * each. Asked of one article, the asker has said the article is on the subject: a sentence covering
 * less of the question may still answer, and an encyclopedia summary's first sentence often does.
 * The library's model learns from every training question (its features say how each was asked);
 * the one-article model from the questions asked of one article only.
 */
import { CONFIDENCE_FEATURES, type ConfidenceFeature } from "../answer/confidence.js";
import { fitLogistic, linearModel, standardization, type Example } from "./fit.js";
import type { LinearModel } from "./model.js";
import { averageModels, L2_CHOICES, penaltyShares, tieReport } from "./regularisation.js";
import type { Ranked } from "./trainingQuestions.js";
import { allowance, judge, thresholdOf, triggeringOf } from "./triggering.js";

/** A training question's confidence features (CONFIDENCE_FEATURES order), whether it is answerable, and how it was asked. */
export interface ConfidenceRow {
  row: number[];
  answerable: boolean;
  restricted: boolean;
}

/** A confidence model for one way of asking, with what it does on the dev questions asked that way. */
export interface ModeConfidence {
  model: LinearModel;
  /** Each L2 penalty's share of it (L2_CHOICES order; regularisation.ts). */
  shares: number[];
  threshold: number;
  /** Mean accuracy over the dev sets (answered rightly, or refused rightly), at the threshold. */
  accuracy: number;
  /** The same over their questions, each counting once whichever set it is in. */
  questionAccuracy: number;
  /** Each dev question's outcome (1 answered rightly or rightly refused, else 0), in one order for every fit. */
  outcomes: number[];
  /**
   * Answerable questions each dev set refuses at the threshold (for low confidence or for holding
   * no answer of the kind) beyond its allowance (MAX_REFUSAL_COST, or one), summed over the sets.
   */
  overRefused: number;
}

/** The model over `features` fit on `rows` (standardised over them) with L2 penalty `l2`. */
function fitModel(
  rows: readonly ConfidenceRow[],
  features: readonly ConfidenceFeature[],
  l2: number,
): LinearModel {
  const columns = features.map((name) => CONFIDENCE_FEATURES.indexOf(name));
  const values = rows.map((r) => columns.map((j) => r.row[j] as number));
  const standard = standardization(values, features.length);
  const examples: Example[] = values.map((row, i) => ({
    x: row.map((v, j) => (v - (standard.mean[j] as number)) / (standard.scale[j] as number)),
    y: rows[i]?.answerable ? 1 : 0,
  }));
  return linearModel(features, standard, fitLogistic(examples, features.length, l2));
}

/**
 * The confidence model for each L2 penalty, fit on `rows`, with its threshold chosen on `sets` (the
 * dev questions asked that way); the best refuses fewest answerable dev questions beyond their
 * allowance, then has the best mean dev accuracy. Kept is their average (regularisation.ts) over
 * those refusing no more answerable dev questions than the best, each counting by how near its dev
 * questions right come to the best's, with a threshold chosen for it on `sets` in turn. Picking one
 * penalty instead had swapped 1 and 3 on a 0.0005 lead in mean accuracy, moving the whole-library
 * threshold by 0.09 with it, and the tie rules added after it flipped between penalties as well.
 */
export function fitConfidence(
  rows: readonly ConfidenceRow[],
  sets: readonly (readonly Ranked[])[],
  label: string,
  features: readonly ConfidenceFeature[],
  verbose = false,
): ModeConfidence {
  /** A model with its threshold and what it does on the dev questions at it. */
  const judged = (model: LinearModel, shares: number[]): ModeConfidence => {
    const models = { library: model, restricted: model };
    const judgedSets = sets.map((set) => judge(set, models));
    const threshold = thresholdOf(judgedSets, verbose);
    const candidate: ModeConfidence = {
      model,
      shares,
      threshold,
      accuracy: 0,
      questionAccuracy: 0,
      outcomes: [],
      overRefused: 0,
    };
    let rightly = 0;
    let asked = 0;
    for (const set of judgedSets) {
      const t = triggeringOf(set, threshold);
      candidate.overRefused += Math.max(0, t.refusedWrongly + t.gated - allowance(t));
      candidate.accuracy += t.accuracy / sets.length;
      rightly += t.accuracy * set.length;
      asked += set.length;
      candidate.outcomes.push(...t.outcomes);
    }
    candidate.questionAccuracy = rightly / Math.max(1, asked);
    return candidate;
  };
  const fitted: ModeConfidence[] = [];
  let best: ModeConfidence | undefined;
  L2_CHOICES.forEach((l2, k) => {
    const candidate = judged(
      fitModel(rows, features, l2),
      L2_CHOICES.map((_, j) => (j === k ? 1 : 0)),
    );
    if (verbose)
      console.log(
        `  confidence (${label}) l2=${l2}: threshold ${candidate.threshold}, dev accuracy ${candidate.accuracy.toFixed(4)}, refused beyond allowance ${candidate.overRefused}`,
      );
    fitted.push(candidate);
    if (
      !best ||
      candidate.overRefused < best.overRefused ||
      (candidate.overRefused === best.overRefused && candidate.accuracy > best.accuracy - 1e-9)
    )
      best = candidate;
  });
  if (!best) throw new Error("train: no confidence model was fit");
  // Weighed among the penalties refusing no more answerable dev questions than the best; the
  // others count nothing.
  const allowed = best.overRefused;
  const kept = fitted.flatMap((c, j) =>
    c.overRefused === allowed ? [{ j, l2: L2_CHOICES[j] as number, scores: c.outcomes }] : [],
  );
  const shares = L2_CHOICES.map(() => 0);
  const keptShares = penaltyShares(tieReport(kept));
  kept.forEach(({ j }, i) => (shares[j] = keptShares[i] as number));
  const average = judged(
    averageModels(
      fitted.map((c) => c.model),
      shares,
    ),
    shares,
  );
  if (verbose)
    console.log(
      `  confidence (${label}) shares ${shares.map((share, j) => `${L2_CHOICES[j]} ${share.toFixed(3)}`).join(", ")}: threshold ${average.threshold}, dev accuracy ${average.accuracy.toFixed(4)}, refused beyond allowance ${average.overRefused}`,
    );
  return average;
}
