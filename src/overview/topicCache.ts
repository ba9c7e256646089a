/**
 * Results kept per library snapshot and topic: a library never changes, so a summary or a
 * timeline computed once for it stays right until a reload replaces it (and the WeakMap lets the
 * old one go). At most `capacity` topics per library, the oldest forgotten first.
 */
import type { Library } from "../library.js";

export function topicCache<T>(
  capacity: number,
  compute: (library: Library, topic: string | null) => T,
): (library: Library, topic: string | null) => T {
  const cache = new WeakMap<Library, Map<string, T>>();
  return (library, topic) => {
    const key = topic?.trim() ?? "";
    let byTopic = cache.get(library);
    let result = byTopic?.get(key);
    if (result === undefined) {
      result = compute(library, key === "" ? null : key);
      if (!byTopic) cache.set(library, (byTopic = new Map()));
      if (byTopic.size >= capacity) byTopic.delete(byTopic.keys().next().value as string);
      byTopic.set(key, result);
    }
    return result;
  };
}
