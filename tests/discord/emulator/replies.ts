// REST replies of the Discord emulator: building them, and the request checks Discord makes
// (message limits, autocomplete choices) that answer 400 when broken.

import type { ActiveFailRule, JsonObject, RecordedFile } from "../emulator-types.js";

export interface Reply {
  status: number;
  /** JSON, for the API; `raw` bytes for a file (an attachment). */
  body?: unknown;
  raw?: { bytes: Buffer; contentType: string };
  headers?: Record<string, string>;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const noContent = (): Reply => ({ status: 204 });
export const apiError = (status: number, code: number, message: string, extra: JsonObject = {}): Reply => ({
  status,
  body: { message, code, ...extra },
});
export const asObject = (v: unknown): JsonObject =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as JsonObject) : {};
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** JSON body, or `payload_json` + file list for multipart; anything unparsable is kept as text. */
export async function parseBody(
  raw: Buffer,
  contentType = "",
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  try {
    if (contentType.startsWith("application/json"))
      return { body: JSON.parse(raw.toString("utf8")), files: [] };
    if (!contentType.startsWith("multipart/form-data")) return { body: raw.toString("utf8"), files: [] };
    const response = new Response(new Uint8Array(raw), { headers: { "content-type": contentType } });
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of (await response.formData()).entries()) {
      if (typeof value !== "string") {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      } else if (field === "payload_json") body = JSON.parse(value);
      else body = { ...asObject(body), [field]: value };
    }
    return { body, files };
  } catch {
    return { body: raw.toString("utf8"), files: [] };
  }
}

export function failReply(rule: ActiveFailRule): Reply {
  const status = rule.status ?? 500;
  if (status === 429) {
    const body = asObject(
      rule.body ?? { message: "You are being rate limited.", retry_after: 0.1, global: false },
    );
    const retryAfter = String(body.retry_after ?? 0.1);
    const headers: Record<string, string> = {
      "retry-after": retryAfter,
      "x-ratelimit-scope": body.global ? "global" : "user",
    };
    if (body.global) headers["x-ratelimit-global"] = "true";
    return { status, body, headers: { ...headers, ...rule.headers } };
  }
  const body =
    rule.body ??
    (status >= 500 ? { message: "Internal Server Error", code: 0 } : { message: "Error", code: 0 });
  return { status, body, ...(rule.headers ? { headers: rule.headers } : {}) };
}

type FieldError = [path: string, code: string, message: string];

export function formError(errors: FieldError[]): Reply {
  const tree: JsonObject = {};
  for (const [path, code, message] of errors) {
    let node = tree;
    for (const part of path.split(".")) node = asObject((node[part] ??= {}));
    node._errors = [...asArray(node._errors), { code, message }];
  }
  return apiError(400, 50035, "Invalid Form Body", { errors: tree });
}

/** The message limits Discord enforces most often (content, embeds, components). */
export function validateMessage(data: JsonObject, opts: { create: boolean; files: number }): Reply | null {
  const errors: FieldError[] = [];
  const tooLong = (path: string, value: unknown, max: number): void => {
    if (typeof value === "string" && value.length > max)
      errors.push([path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`]);
  };
  tooLong("content", data.content, 2000);
  const embeds = asArray(data.embeds).map(asObject);
  if (embeds.length > 10) errors.push(["embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."]);
  let embedChars = 0;
  embeds.forEach((e, i) => {
    const fields = asArray(e.fields).map(asObject);
    const footer = asObject(e.footer);
    const author = asObject(e.author);
    tooLong(`embeds.${i}.title`, e.title, 256);
    tooLong(`embeds.${i}.description`, e.description, 4096);
    tooLong(`embeds.${i}.footer.text`, footer.text, 2048);
    tooLong(`embeds.${i}.author.name`, author.name, 256);
    if (fields.length > 25)
      errors.push([`embeds.${i}.fields`, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."]);
    fields.forEach((f, j) => {
      tooLong(`embeds.${i}.fields.${j}.name`, f.name, 256);
      tooLong(`embeds.${i}.fields.${j}.value`, f.value, 1024);
      if (!f.name || !f.value)
        errors.push([`embeds.${i}.fields.${j}`, "BASE_TYPE_REQUIRED", "This field is required"]);
    });
    for (const text of [
      e.title,
      e.description,
      footer.text,
      author.name,
      ...fields.flatMap((f) => [f.name, f.value]),
    ]) {
      if (typeof text === "string") embedChars += text.length;
    }
  });
  if (embedChars > 6000)
    errors.push(["embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"]);
  const rows = asArray(data.components).map(asObject);
  if (rows.length > 5) errors.push(["components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."]);
  rows.forEach((row, i) => {
    const items = asArray(row.components).map(asObject);
    if (items.length > 5)
      errors.push([`components.${i}.components`, "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."]);
    items.forEach((c, j) => {
      tooLong(`components.${i}.components.${j}.custom_id`, c.custom_id, 100);
      tooLong(`components.${i}.components.${j}.label`, c.label, 80);
    });
  });
  if (errors.length) return formError(errors);
  const hasContent = typeof data.content === "string" && data.content.trim() !== "";
  if (
    opts.create &&
    !hasContent &&
    !embeds.length &&
    !rows.length &&
    !opts.files &&
    !data.poll &&
    !asArray(data.sticker_ids).length
  ) {
    return apiError(400, 50006, "Cannot send an empty message");
  }
  return null;
}

export function validateChoices(data: JsonObject): Reply | null {
  const choices = asArray(data.choices).map(asObject);
  const errors: FieldError[] = [];
  if (choices.length > 25)
    errors.push(["data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."]);
  choices.forEach((c, i) => {
    if (typeof c.name !== "string" || c.name.length < 1 || c.name.length > 100) {
      errors.push([`data.choices.${i}.name`, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."]);
    }
    if (typeof c.value === "string" && c.value.length > 100) {
      errors.push([`data.choices.${i}.value`, "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."]);
    }
  });
  return errors.length ? formError(errors) : null;
}
