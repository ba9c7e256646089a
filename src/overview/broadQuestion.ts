/**
 * Tells a broad question ("Summarize the talks", "What happened?", "Give me a timeline") from a
 * specific one, so the front ends can answer it with a summary or a timeline instead of three
 * quotes. Pure: a question in, its kind and topic out.
 */

export interface BroadQuestion {
  kind: "summary" | "timeline";
  /** What it is about ("the Paris talks"), or null for everything. */
  topic: string | null;
}

/** Words after a trigger that leave the topic as everything: "What's the latest news?". */
const NO_TOPIC =
  /^(?:(?:the|all|any|this|these|those|it|that|things?|everything|anything|events?|news|story|stories|situation|articles?|reports?|so|far|now|today|lately|recently|latest|new|up|going|on|happening|happened|of|in|the\s+world|please|for|me|us)\b[\s,]*)*$/iu;

/** Leading and trailing filler around a topic. */
const LEADING = /^(?:about|on|with|regarding|around|at|in|for|to|of|during|concerning)\s+/iu;
const TRAILING =
  /\s*(?:\b(?:so\s+far|please|for\s+me|in\s+(?:the\s+)?(?:articles?|news|reports?)|according\s+to\s+the\s+articles?|briefly|quickly|in\s+short|today|lately|recently)\b\s*)+$/iu;

/** (pattern, kind): the first that matches decides; its last group is the topic, if any. */
const PATTERNS: readonly [RegExp, BroadQuestion["kind"]][] = [
  // Timelines.
  [
    /^(?:give|show|make|build|create|draw)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+)?(?:timeline|chronology)(?:\s+(?:of|for|on|about)\s+(.+))?$/iu,
    "timeline",
  ],
  [
    /^(?:what\s+is\s+|what['’]s\s+)?the\s+(?:timeline|chronology|sequence\s+of\s+events|order\s+of\s+events)(?:\s+(?:of|for|on|about|in)\s+(.+))?$/iu,
    "timeline",
  ],
  [/^(?:timeline|chronology)(?:\s*(?:of|for|on|about|:)\s*(.+))?$/iu, "timeline"],
  [
    /^(?:can|could|would)\s+you\s+(?:give|show|make)\s+(?:me\s+)?(?:a\s+|the\s+)?(?:timeline|chronology)(?:\s+(?:of|for|on|about)\s+(.+))?$/iu,
    "timeline",
  ],
  [
    /^what\s+happened\s+(?:first|next|after\s+that|before\s+that|then|when|in\s+what\s+order)\b(?:\s+(?:with|in|at|to|on|about)\s+(.+))?$/iu,
    "timeline",
  ],
  [
    /^in\s+what\s+order\s+did\s+(?:things|events|they|the\s+events)\s+happen(?:\s+(?:with|in|at|to|on)\s+(.+))?$/iu,
    "timeline",
  ],
  [
    /^(?:walk\s+me\s+through|take\s+me\s+through)\s+(?:the\s+)?(?:events|timeline)(?:\s+(?:of|in|at|on|about)\s+(.+))?$/iu,
    "timeline",
  ],
  [/^how\s+did\s+(?:it|things|events|the\s+events)\s+unfold(?:\s+(?:in|at|with|on)\s+(.+))?$/iu, "timeline"],
  [/^when\s+did\s+(.+?)\s+happen$/iu, "timeline"],
  // Summaries.
  [
    /^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:summari[sz]e|sum\s+up|recap|brief\s+me\s+on|fill\s+me\s+in\s+on|catch\s+me\s+up\s+on)(?:\s+(.+))?$/iu,
    "summary",
  ],
  [
    /^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:give|show|tell)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+|the\s+)?(?:short\s+|quick\s+|brief\s+)?(?:summary|overview|recap|rundown|gist|tl;?dr|run-down|roundup)(?:\s+(?:of|on|about|for)\s+(.+))?$/iu,
    "summary",
  ],
  [
    /^(?:a\s+|the\s+)?(?:short\s+|quick\s+|brief\s+)?(?:summary|overview|recap|rundown|gist|tl;?dr|roundup)(?:\s*(?:of|on|about|for|:)\s*(.+))?$/iu,
    "summary",
  ],
  [
    /^what(?:\s+is|'s|’s)\s+(?:the\s+)?(?:summary|overview|gist|story|situation|latest|news|latest\s+news)(?:\s+(?:of|on|with|about|in|at|regarding)\s+(.+))?$/iu,
    "summary",
  ],
  [
    /^what(?:\s+is|'s|’s|\s+are)\s+(?:going\s+on|happening|new)(?:\s+(?:with|in|at|on|about|regarding)\s+(.+))?$/iu,
    "summary",
  ],
  [/^what\s+(?:has\s+)?happened(?:\s+(?:at|in|with|during|on|to|about|regarding)\s+(.+))?$/iu, "summary"],
  [/^(?:tell\s+me|what\s+do\s+(?:the\s+articles|they|you)\s+say)\s+about\s+(.+)$/iu, "summary"],
  [/^(?:any\s+)?news\s+(?:on|about|from)\s+(.+)$/iu, "summary"],
];

/** Broad questions are short; a long sentence is a specific question whatever its opening. */
const MAX_WORDS = 16;

export function classifyBroadQuestion(question: string): BroadQuestion | null {
  const text = question
    .trim()
    .replace(/[?!.\s]+$/u, "")
    .replace(/\s+/gu, " ");
  if (text === "" || text.split(" ").length > MAX_WORDS) return null;
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    return { kind, topic: topicOf(match[1]) };
  }
  return null;
}

function topicOf(raw: string | undefined): string | null {
  if (!raw) return null;
  let topic = raw
    .trim()
    .replace(LEADING, "")
    .replace(TRAILING, "")
    .replace(/^[,:;\s]+|[,:;\s]+$/gu, "");
  topic = topic.replace(/^(?:what\s+happened\s+(?:at|in|with|to)\s+)/iu, "");
  if (topic === "" || NO_TOPIC.test(topic)) return null;
  return topic;
}
