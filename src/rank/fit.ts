/**
 * Fitting linear models: L2-regularised logistic regression by Newton's method (exact and
 * deterministic: the same data give the same weights), pointwise or pairwise.
 */
import type { LinearModel } from "./model.js";

export interface Example {
  x: number[];
  y: 0 | 1;
  /** How much the example counts (default 1). */
  weight?: number;
}

/** Mean and scale (standard deviation, 1 when constant) of each feature over the rows. */
export function standardization(
  rows: readonly number[][],
  features: number,
): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(features).fill(0);
  const scale = new Array<number>(features).fill(0);
  for (const row of rows)
    for (let j = 0; j < features; j++) mean[j] = (mean[j] as number) + (row[j] as number);
  for (let j = 0; j < features; j++) mean[j] = (mean[j] as number) / Math.max(1, rows.length);
  for (const row of rows)
    for (let j = 0; j < features; j++)
      scale[j] = (scale[j] as number) + ((row[j] as number) - (mean[j] as number)) ** 2;
  for (let j = 0; j < features; j++) {
    const sd = Math.sqrt((scale[j] as number) / Math.max(1, rows.length));
    scale[j] = sd > 1e-9 ? sd : 1;
  }
  return { mean, scale };
}

/**
 * Logistic regression, L2 penalty `l2` on the weights (not the bias), by Newton's method.
 * Examples are already standardised. Returns [weights, bias].
 */
export function fitLogistic(
  examples: readonly Example[],
  features: number,
  l2: number,
  options: { bias?: boolean; iterations?: number } = {},
): { weights: number[]; bias: number } {
  const withBias = options.bias ?? true;
  const d = features + (withBias ? 1 : 0);
  const w = new Array<number>(d).fill(0);
  const row = (e: Example): number[] => (withBias ? [...e.x, 1] : e.x);
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const e of examples) {
      const x = row(e);
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (x[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const weight = e.weight ?? 1;
      const r = weight * (p - e.y);
      const s = weight * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j++) {
        const xj = x[j] as number;
        if (xj === 0) continue;
        gradient[j] = (gradient[j] as number) + r * xj;
        const hj = hessian[j] as number[];
        for (let k = 0; k <= j; k++) hj[k] = (hj[k] as number) + s * xj * (x[k] as number);
      }
    }
    for (let j = 0; j < d; j++) {
      const penalised = !(withBias && j === d - 1);
      if (penalised) {
        gradient[j] = (gradient[j] as number) + l2 * (w[j] as number);
        (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] as number) + l2;
      }
      for (let k = 0; k < j; k++) (hessian[k] as number[])[j] = (hessian[j] as number[])[k] as number;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let j = 0; j < d; j++) {
      w[j] = (w[j] as number) - (step[j] as number);
      change = Math.max(change, Math.abs(step[j] as number));
    }
    if (change < 1e-8) break;
  }
  return withBias ? { weights: w.slice(0, features), bias: w[features] as number } : { weights: w, bias: 0 };
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky), with a small ridge if needed. */
export function solve(a: readonly number[][], b: readonly number[]): number[] {
  const n = b.length;
  for (let ridge = 0; ; ridge = ridge ? ridge * 10 : 1e-10) {
    const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = ((a[i] as number[])[j] as number) + (i === j ? ridge : 0);
        for (let k = 0; k < j; k++)
          sum -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
        if (i === j) {
          if (sum <= 0) {
            ok = false;
            break;
          }
          (l[i] as number[])[i] = Math.sqrt(sum);
        } else (l[i] as number[])[j] = sum / ((l[j] as number[])[j] as number);
      }
    }
    if (!ok) {
      if (ridge > 1e3) return new Array<number>(n).fill(0);
      continue;
    }
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = b[i] as number;
      for (let k = 0; k < i; k++) sum -= ((l[i] as number[])[k] as number) * (y[k] as number);
      y[i] = sum / ((l[i] as number[])[i] as number);
    }
    const x = new Array<number>(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i] as number;
      for (let k = i + 1; k < n; k++) sum -= ((l[k] as number[])[i] as number) * (x[k] as number);
      x[i] = sum / ((l[i] as number[])[i] as number);
    }
    return x;
  }
}

/** A model from fitted weights and the standardisation they were fit under. */
export function linearModel(
  features: readonly string[],
  standard: { mean: number[]; scale: number[] },
  fit: { weights: number[]; bias: number },
): LinearModel {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    features: [...features],
    mean: standard.mean.map(round),
    scale: standard.scale.map(round),
    weights: fit.weights.map(round),
    bias: round(fit.bias),
  };
}

/** One question's candidates (standardised feature rows) and which of them answer it. */
export interface ListExample {
  rows: number[][];
  answers: boolean[];
  /** How much the question counts (default 1). */
  weight?: number;
}

/**
 * A listwise ranker: the softmax over each question's candidates should put its mass on the
 * answers (cross-entropy against the answers' uniform share), L2 penalty `l2`, by Newton's
 * method. Aligned with P@1 and MRR: only how answers stand against the candidates that compete
 * with them matters, not against candidates far down the list.
 */
export function fitListwise(
  lists: readonly ListExample[],
  features: number,
  l2: number,
  iterations = 50,
): number[] {
  let w = new Array<number>(features).fill(0);
  let loss = listwiseLoss(lists, w, l2);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(features).fill(0);
    const hessian: number[][] = Array.from({ length: features }, () => new Array<number>(features).fill(0));
    for (const list of lists) {
      const positives = list.answers.filter(Boolean).length;
      if (positives === 0 || positives === list.rows.length) continue;
      const weight = list.weight ?? 1;
      const scores = list.rows.map((x) => x.reduce((sum, v, j) => sum + v * (w[j] as number), 0));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const total = exps.reduce((a, b) => a + b, 0);
      const p = exps.map((e) => e / total);
      const mean = new Array<number>(features).fill(0);
      list.rows.forEach((x, i) => {
        const pi = p[i] as number;
        const ti = list.answers[i] ? 1 / positives : 0;
        for (let j = 0; j < features; j++) {
          mean[j] = (mean[j] as number) + pi * (x[j] as number);
          gradient[j] = (gradient[j] as number) + weight * (pi - ti) * (x[j] as number);
        }
      });
      list.rows.forEach((x, i) => {
        const pi = weight * (p[i] as number);
        for (let j = 0; j < features; j++) {
          const xj = (x[j] as number) - (mean[j] as number);
          if (xj === 0) continue;
          const hj = hessian[j] as number[];
          for (let k = 0; k <= j; k++)
            hj[k] = (hj[k] as number) + pi * xj * ((x[k] as number) - (mean[k] as number));
        }
      });
    }
    for (let j = 0; j < features; j++) {
      gradient[j] = (gradient[j] as number) + l2 * (w[j] as number);
      (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] as number) + l2;
      for (let k = 0; k < j; k++) (hessian[k] as number[])[j] = (hessian[j] as number[])[k] as number;
    }
    const step = solve(hessian, gradient);
    // Newton's step, halved until the loss goes down (a full step can overshoot far from the optimum).
    let scale = 1;
    let next = w;
    let nextLoss = loss;
    for (let tries = 0; tries < 30; tries++, scale /= 2) {
      const candidate = w.map((v, j) => v - scale * (step[j] as number));
      const candidateLoss = listwiseLoss(lists, candidate, l2);
      if (candidateLoss <= loss) {
        next = candidate;
        nextLoss = candidateLoss;
        break;
      }
    }
    const change = Math.max(...next.map((v, j) => Math.abs(v - (w[j] as number))));
    w = next;
    loss = nextLoss;
    if (change < 1e-8) break;
  }
  return w;
}

/** The listwise objective: mean cross-entropy of each question's softmax against its answers, plus the L2 penalty. */
function listwiseLoss(lists: readonly ListExample[], w: readonly number[], l2: number): number {
  let loss = 0;
  for (const list of lists) {
    const positives = list.answers.filter(Boolean).length;
    if (positives === 0 || positives === list.rows.length) continue;
    const scores = list.rows.map((x) => x.reduce((sum, v, j) => sum + v * (w[j] as number), 0));
    const top = Math.max(...scores);
    const logTotal = top + Math.log(scores.reduce((sum, s) => sum + Math.exp(s - top), 0));
    let part = 0;
    scores.forEach((s, i) => {
      if (list.answers[i]) part -= (s - logTotal) / positives;
    });
    loss += (list.weight ?? 1) * part;
  }
  return loss + (l2 / 2) * w.reduce((sum, v) => sum + v * v, 0);
}
