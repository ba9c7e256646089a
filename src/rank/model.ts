/**
 * A linear model over named features, fit by `npm run train` (src/rank/train.ts) and stored as
 * data in src/rank/weights.json: each feature is standardised with the training set's mean and
 * scale, then weighted. The ranker scores a candidate sentence; the confidence model gives the
 * probability that the best candidate answers the question.
 */
import { readFileSync } from "node:fs";
import { featureAblated } from "../answer/ablation.js";

export interface LinearModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface TrainedModels {
  /** How the weights were fit (data sets, seed, regularisation), for the record. */
  trainedOn: Record<string, unknown>;
  ranker: LinearModel;
  /** The confidence model for a question asked of the whole library. */
  confidence: LinearModel;
  /**
   * The confidence model for a question asked of one article (`/ask article:`), fit on those
   * questions alone: what tells an answerable question from an unanswerable one differs when the
   * asker has said the article is on the subject. `confidence` when absent.
   */
  restrictedConfidence?: LinearModel;
  /** Confidence below this: the articles don't say (chosen on the dev sets). */
  threshold: number;
  /** The same for a question asked of one article (chosen on the dev sets asked that way); `threshold` when absent. */
  restrictedThreshold?: number;
  /** A date, figure or place answers only with at least this share of what it is of (answer.ts); 0.5 when absent. */
  predicateShare?: number;
  /** The same for a question asked of one article (chosen on the dev sets asked that way); `predicateShare` when absent. */
  restrictedPredicateShare?: number;
  /** A quote after the first scoring this far below it is weak, and left out of a reply (quoteGap.ts); absent or null: none is. */
  quoteGap?: number | null;
}

/** The two confidence models: for a question asked of the whole library, and of one article. */
export interface ConfidenceModels {
  library: LinearModel;
  restricted: LinearModel;
}

/** The committed confidence models (the library's for both when the file has one). */
export function confidenceModels(models: TrainedModels = trainedModels()): ConfidenceModels {
  return { library: models.confidence, restricted: models.restrictedConfidence ?? models.confidence };
}

/** The one of the two confidence models that judges a question asked of one article, or of the whole library. */
export function judgingModel(models: ConfidenceModels, restricted: boolean): LinearModel {
  return restricted ? models.restricted : models.library;
}

/** w · standardised(x) + b, reading x by feature name. */
export function linearScore(model: LinearModel, x: Readonly<Record<string, number>>): number {
  let sum = model.bias;
  for (let i = 0; i < model.features.length; i++) {
    const name = model.features[i] as string;
    if (featureAblated(name)) continue;
    const value = x[name] ?? 0;
    sum += (model.weights[i] as number) * ((value - (model.mean[i] as number)) / (model.scale[i] as number));
  }
  return sum;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

const WEIGHTS_FILE = new URL("./weights.json", import.meta.url);

let loaded: TrainedModels | undefined;

/** The committed models (src/rank/weights.json), read once, or those `useModels` set. */
export function trainedModels(): TrainedModels {
  loaded ??= JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")) as TrainedModels;
  return loaded;
}

/**
 * Answer with other models than the committed ones from here on (the eval's `--weights FILE`: a
 * refit written elsewhere with `npm run train -- --out FILE`); null goes back to the committed file.
 */
export function useModels(models: TrainedModels | null): void {
  loaded = models ?? undefined;
}

/** Where two fits differ (beyond rounding), or null. */
export function modelDifferences(a: TrainedModels, b: TrainedModels): string | null {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-4 * Math.max(1, Math.abs(x), Math.abs(y));
  if (!close(a.threshold, b.threshold)) return `threshold ${a.threshold} vs ${b.threshold}`;
  if (!close(a.predicateShare ?? 0.5, b.predicateShare ?? 0.5))
    return `predicate share ${a.predicateShare} vs ${b.predicateShare}`;
  if (!close(a.restrictedPredicateShare ?? -1, b.restrictedPredicateShare ?? -1))
    return `restricted predicate share ${a.restrictedPredicateShare} vs ${b.restrictedPredicateShare}`;
  if (!close(a.restrictedThreshold ?? a.threshold, b.restrictedThreshold ?? b.threshold))
    return `restricted threshold ${a.restrictedThreshold} vs ${b.restrictedThreshold}`;
  if ((a.quoteGap ?? null) !== (b.quoteGap ?? null)) return `quote gap ${a.quoteGap} vs ${b.quoteGap}`;
  if (!a.restrictedConfidence !== !b.restrictedConfidence) return "restrictedConfidence present in only one";
  for (const key of ["ranker", "confidence", "restrictedConfidence"] as const) {
    const x = a[key];
    const y = b[key];
    if (!x || !y) continue;
    if (x.features.join() !== y.features.join()) return `${key} features differ`;
    for (const field of ["mean", "scale", "weights"] as const)
      for (let i = 0; i < x.features.length; i++)
        if (!close(x[field][i] as number, y[field][i] as number))
          return `${key} ${field} of ${x.features[i]}: ${x[field][i]} vs ${y[field][i]}`;
    if (!close(x.bias, y.bias)) return `${key} bias ${x.bias} vs ${y.bias}`;
  }
  return null;
}
