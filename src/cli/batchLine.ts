/** A line of `ask --batch`: a question, or a JSON object naming the question and its article. */

export interface BatchLine {
  question: string;
  article?: string;
}

/** A batch line: a JSON object `{"question", "article"}`, or else the question itself. */
export function parseBatchLine(line: string): BatchLine {
  const trimmed = line.trim();
  if (trimmed.startsWith("{")) {
    try {
      const value = JSON.parse(trimmed) as { question?: unknown; article?: unknown };
      if (typeof value.question === "string")
        return typeof value.article === "string" && value.article !== ""
          ? { question: value.question, article: value.article }
          : { question: value.question };
    } catch {
      // Not JSON after all: the line is the question.
    }
  }
  return { question: line };
}
