/** The derived index's schema: each sentence field's kind over all rows (see storeIndex.ts). */
import type { Kind, TableSchema } from "./storeIndexFormat.js";

export const isInt = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0);
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

interface KindState {
  int: boolean;
  str: boolean;
  list: boolean;
  ints: boolean;
  strs: boolean;
  objs: boolean;
  /** The objects inside the lists, while they may all be objects (for the sub-schema). */
  objects: Record<string, unknown>[];
}

/** Each field's kind over all rows (and their shapes), in one pass. */
export function schemaOf(rows: readonly Record<string, unknown>[], top = false): TableSchema {
  const shapes = new Map<string, string[]>();
  const states = new Map<string, KindState>();
  for (const row of rows) {
    const keys = Object.keys(row);
    const name = keys.join("\0");
    if (!shapes.has(name)) shapes.set(name, keys);
    for (const key of keys) {
      let st = states.get(key);
      if (!st) {
        st = { int: true, str: true, list: true, ints: true, strs: true, objs: true, objects: [] };
        states.set(key, st);
      }
      const v = row[key];
      if (st.int && !isInt(v)) st.int = false;
      if (st.str && !(v === null || typeof v === "string")) st.str = false;
      if (!st.list) continue;
      if (!Array.isArray(v)) {
        st.list = false;
        continue;
      }
      for (const item of v as unknown[]) {
        if (st.ints && !isInt(item)) st.ints = false;
        if (st.strs && typeof item !== "string") st.strs = false;
        if (st.objs) {
          if (isPlainObject(item)) st.objects.push(item);
          else {
            st.objs = false;
            st.objects = [];
          }
        }
      }
    }
  }
  const columns: TableSchema["columns"] = [];
  for (const [key, st] of states) {
    const kind: Kind = st.int
      ? "int"
      : st.str
        ? "str"
        : !st.list
          ? "json"
          : st.ints
            ? "ints"
            : st.strs
              ? top && key === "terms"
                ? "terms"
                : "strs"
              : st.objs
                ? "objs"
                : "json";
    columns.push([key, kind, kind === "objs" ? schemaOf(st.objects) : null]);
  }
  return { shapes: [...shapes.values()], columns };
}
