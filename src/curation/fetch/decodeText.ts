/**
 * Bytes → text the way a browser would pick the encoding: a byte-order mark, else the charset the
 * server declared, else (HTML) a `<meta charset>` in the first 1024 bytes, else UTF-8 — and, when
 * nothing was declared and the bytes are not valid UTF-8, windows-1252 (old Windows text files).
 */
import { TextDecoder } from "node:util";

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/iu.exec(contentType ?? "");
  const label = (match?.[1] ?? match?.[2] ?? "").trim();
  return label || null;
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  return type || null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** A `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/**
 * windows-1252's bytes 0x80–0x9F (WHATWG index). Node 20's TextDecoder decodes them as Latin-1
 * control characters (nodejs/node#56542, #60888): curly quotes and dashes would vanish.
 */
// prettier-ignore
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const windows1252 = {
  encoding: "windows-1252",
  decode(bytes: Uint8Array): string {
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
        b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b,
      );
      text += String.fromCharCode(...chunk);
    }
    return text;
  },
};

type Decoder = Pick<TextDecoder, "encoding" | "decode">;

/**
 * A decoder for a label the WHATWG Encoding standard knows (windows-1252, iso-8859-1, shift_jis,
 * …), else null. Labels that mean windows-1252 (latin1, ascii …) get the table above.
 */
function decoderFor(label: string | null): Decoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    return decoder.encoding === "windows-1252" ? windows1252 : decoder;
  } catch {
    return null;
  }
}

export interface DecodeOptions {
  /** The charset the server (or Discord) declared for the bytes. */
  declared?: string | null;
  /** Whether to look for a `<meta charset>` (HTML only). */
  html?: boolean;
}

/** The text of `bytes`, and the encoding it was read with. */
export function decodeText(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): { text: string; encoding: string } {
  const chosen =
    decoderFor(bomEncoding(bytes)) ??
    decoderFor(options.declared ?? null) ??
    (options.html ? decoderFor(metaCharset(bytes)) : null);
  if (chosen) return { text: chosen.decode(bytes), encoding: chosen.encoding };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: windows1252.decode(bytes), encoding: "windows-1252" };
  }
}
