// Text from a configuration (file names, values, resource names) reaches terminals, CI logs and
// Markdown comments. A file in a pull request must not be able to move the cursor, clear the screen,
// set the window title, write the clipboard (OSC 52), reorder text (bidi overrides) or forge lines
// in a log. Human-readable outputs pass every input-derived string through here; JSON and SARIF keep
// strings exact (their encoders escape control characters already).

// C0 controls, DEL, C1 controls (0x80-0x9F; 0x9B is a one-byte CSI on some terminals), the line and
// paragraph separators, and the bidirectional embedding/override/isolate marks (Trojan Source).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = Object.freeze({ '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' });

function escapeOne(ch: string): string {
  const named = Object.hasOwn(NAMED, ch) ? NAMED[ch] : undefined;
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Makes one input-derived string safe for a terminal: every control character becomes a visible escape. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** True when the text carries a character `escapeControl` would rewrite. */
export function hasControl(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * GitHub Actions reads `::command::` at the start of a log line (after optional whitespace) as a
 * workflow command, and the legacy `##[command]` anywhere in a line (actions/runner
 * ActionCommand.TryParse). Escaping control characters keeps input on one line; this also breaks a
 * leading `::` and every `##[` so that no line with input text in it can become a command.
 */
export function neutralizeWorkflowCommand(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1:\u200b').replace(/##\[/g, '##\u200b[');
}
