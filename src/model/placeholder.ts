// Placeholders: text in a configuration that stands for a value someone fills in before deploying
// (`arn:aws:iam::<account-id>:role/x`, `{{ .Values.image }}`, `${AWS_ACCOUNT_ID}`, `REPLACE_ME`).
// A placeholder is an unknown value written as text, never a malformed one: nothing about it is
// reported as wrong. The spellings come from public configurations (README examples, envsubst and
// Helm/Jinja/Go templates, the Serverless Framework, AWS CLI docs).
//
// Not placeholders: example account ids such as 123456789012 or 111122223333. They are well-formed
// values (twelve digits) that deploy as written, so rules judge them like any other account id.

/** One placeholder inside a string: offsets of its text. */
export interface PlaceholderToken {
  readonly start: number;
  readonly end: number;
}

// Template syntaxes, matched anywhere in a string.
const DELIMITED = [
  /\$\{[^{}\n]{1,200}\}/g, // ${ACCOUNT_ID}, ${AWS::AccountId}, ${aws:accountId}, ${var.x} (shell, envsubst, CloudFormation, Serverless)
  /#\{[^{}\n]{1,200}\}/g, // #{AWS::AccountId} (serverless-pseudo-parameters), #{account_id}
  /\{\{[^\n]{1,200}?\}\}/g, // {{account_id}}, {{ .Values.image }}, {{- include "x" . }} (Jinja, Helm, Go, Mustache, AWS CLI docs)
  /<(?![<=])[A-Za-z_][^<>\n]{0,80}>/g, // <account-id>, <your-account-id>, <AWS_ACCOUNT_ID>, <region>
  /\$\([A-Za-z_][\w.]{0,80}\)/g, // $(AWS_ACCOUNT_ID) (make, Azure Pipelines)
  /\$(?:ENV:)?[A-Z][A-Z0-9_]{1,80}\b/g, // $AWS_ACCOUNT_ID, $ENV:ACCOUNT_ID (shell, PowerShell)
  /%[A-Z][A-Z0-9_]{1,80}%/g, // %AWS_ACCOUNT_ID% (Windows)
  /__[A-Z][A-Z0-9_]{0,80}__/g, // __ACCOUNT_ID__ (token replacement tasks)
  /@[A-Z][A-Z0-9_]{1,80}@/g, // @ACCOUNT_ID@ (autoconf, Maven filtering)
  /(?<![$#{])\{[A-Za-z_][\w.]{0,80}\}(?!\})/g, // {account_id} (Python str.format)
];

/**
 * Upper-case names that are placeholders (`ACCOUNT_ID`, `AWS_ACCOUNT_ID`, `YOUR_ACCOUNT_ID`, `REGION`,
 * `REPLACE_ME`, `CHANGEME`, `YOUR_LAMBDA_ROLE`) rather than real names such as `ACCOUNT_SYNC` or
 * `BATCH_SERVICE_ROLE`: the whole name is an account or Region slot, or it says to replace it.
 */
const PLACEHOLDER_NAME = /^(?:(?:YOUR|MY|THE)[_-])?(?:AWS[_-])?(?:ACCOUNT(?:[_-]?(?:ID|NUMBER|NO|NUM))?|REGION|PARTITION)$|^(?:YOUR[_-].+|.*(?:REPLACE|CHANGE[_-]?ME|PLACEHOLDER|TODO|FIXME|TBD|FILL[_-]?IN).*)$/;
const UPPER_NAME = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*$/;
/** A run of x standing for digits or letters: `XXXXXXXXXXXX`, `xxxxxx`, the tail of `subnet-xxxxxxxx`. */
const X_RUN = /^(?:x{3,}|X{3,})$/;

/** The parts of a string between separators of ARNs, image names and ids (`:`, `/`, `.`, `@`, `-`). */
function segments(text: string, splitHyphen: boolean): PlaceholderToken[] {
  const out: PlaceholderToken[] = [];
  const separator = splitHyphen ? /[:/.@\s-]/ : /[:/.@\s]/;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || separator.test(text[i]!)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Every placeholder in `text`, in order, not overlapping. */
export function placeholderTokens(text: string): PlaceholderToken[] {
  const found: PlaceholderToken[] = [];
  for (const pattern of DELIMITED) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const s of segments(text, false)) {
    const word = text.slice(s.start, s.end);
    if (UPPER_NAME.test(word) && PLACEHOLDER_NAME.test(word)) found.push(s);
  }
  for (const s of segments(text, true)) if (X_RUN.test(text.slice(s.start, s.end))) found.push(s);
  // Longest first at each start, then drop what an earlier token covers (`${X}` inside `{{ ${X} }}`).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceholderToken[] = [];
  for (const t of found) if (out.length === 0 || t.start >= out[out.length - 1]!.end) out.push(t);
  return out;
}

export function hasPlaceholder(text: string): boolean {
  return placeholderTokens(text).length > 0;
}

/** A value that may be one placeholder as a whole: one anchored test, so that most strings cost one regex. */
const MAYBE_WHOLE = new RegExp(`^(?:${DELIMITED.map((r) => r.source).join('|')})$`);

/** Whether the whole value (spaces aside) is one placeholder: `<role-arn>`, `REPLACE_ME`, `{{ image }}`. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > 300) return false;
  const candidate = MAYBE_WHOLE.test(trimmed) || X_RUN.test(trimmed) || (UPPER_NAME.test(trimmed) && PLACEHOLDER_NAME.test(trimmed));
  if (!candidate) return false;
  // `{{a}} and {{b}}` matches the anchored test but is two placeholders and text.
  const tokens = placeholderTokens(trimmed);
  return tokens.length === 1 && tokens[0]!.start === 0 && tokens[0]!.end === trimmed.length;
}

/**
 * The string as pieces, `null` for each placeholder (the shape of a partly known value), or
 * undefined when it holds none: `arn:aws:iam::<account-id>:role/x` -> [`arn:aws:iam::`, null, `:role/x`].
 */
export function placeholderPieces(text: string): (string | null)[] | undefined {
  const tokens = placeholderTokens(text);
  if (tokens.length === 0) return undefined;
  const pieces: (string | null)[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.start > at) pieces.push(text.slice(at, t.start));
    pieces.push(null);
    at = t.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
