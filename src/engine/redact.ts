// Never print a secret: whatever a message was built from, these shapes are masked before any
// reporter sees the text. Rules already avoid echoing values; this is the net under them.
interface SecretShape {
  pattern: RegExp;
  /** Extra test for shapes that plain words or hashes could also match. */
  accept?: (match: string) => boolean;
}

// A 40-character AWS secret access key mixes upper case, lower case and digits; a git SHA does not.
const mixedClasses = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

// Random base64 of 40 characters carries about 4.7 bits per character; a 40-character path or
// identifier made of words (`prod/MyService2024/DatabaseConnectionUrl`: 4.4) stays lower. At 4.45 about
// 99% of random keys still match.
const secretKeyShaped = (s: string): boolean => mixedClasses(s) && entropy(s) >= 4.45;

// `${DB_PASSWORD}`, `$DB_PASSWORD`, `{{resolve:...}}`, `Ref::password` and an already masked `****` are
// references to a secret, not the secret.
const NOT_PLACEHOLDER = String.raw`(?!\$\{|\$[A-Za-z_]|\{\{|Ref::|\*\*\*\*)`;

// Credentials are matched where they stand in any text: a path (`/dev/AKIA...`), a property path
// (`containerProperties.ghp_...`), a snake_case name. Letters and digits around a token make it part of
// a longer word, so the boundaries are "no letter or digit", not `\b` (which `_` defeats).
const NOT_ALNUM_BEFORE = '(?<![A-Za-z0-9])';
const NOT_ALNUM_AFTER = '(?![A-Za-z0-9])';

// The body of a key: base64 lines joined by real or escaped line breaks (a report may already show
// `\n`). Chunks of 16 characters or more, or a short last one ending in padding, so the words of a
// message after a truncated key are not swallowed (a BEGIN line with no END must not mask to the end).
const LINE_BREAKS = String.raw`(?:\\[nr]|[ \t\r\n])+`;
const BASE64_CHUNKS = `(?:${LINE_BREAKS}(?:[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9+/]{0,15}={1,2}))*`;
// `Proc-Type: 4,ENCRYPTED`, `DEK-Info: ...`, `Version: GnuPG` lines between BEGIN and the body.
const ARMOR_HEADERS = `(?:${LINE_BREAKS}[A-Za-z-]+: [^\\r\\n\\\\]*)*`;
const PEM_LABEL = '[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?';
// The DER encodings a private key starts with, in base64, without BEGIN/END lines: PKCS#1 RSA
// (SEQUENCE, version 0, INTEGER: `MIIEowIBAAK`), PKCS#8 (`MIIEvQIBADAN`, EC `MIGHAgEAM`), SEC1 EC
// (`MHcCAQEE`, `MIGkAgEBB`), Ed25519/X25519 PKCS#8 (`MC4CAQAwBQYDK2V`), OpenSSH (`openssh-key-v1`).
// Certificates and public keys start differently (`MIIDdzCCA`, `MIIBIjAN`, `MFkwEwYH`), so they stay.
const KEY_BODY_START = '(?:MII[A-Za-z0-9+/]{2}[AQgw]IBA(?:AK|DAN)|MI[GH][A-Za-z0-9+/]AgE[AB][MB]|MHcCAQEE|MC4CAQAwBQYDK2V[uw]|b3BlbnNzaC1rZXktdjE)';

const SECRET_SHAPES: SecretShape[] = [
  { pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/g }, // AWS access key ids
  // PEM and PGP private keys: armor headers, the base64 body, and the END line when it follows.
  // With its END line, everything between the two lines goes, whatever its shape (bounded, so the match stays linear);
  // without one, only what looks like the base64 body.
  { pattern: new RegExp(`-----BEGIN ${PEM_LABEL}-----[^]{0,16384}?-----END ${PEM_LABEL}-----`, 'g') },
  { pattern: new RegExp(`-----BEGIN ${PEM_LABEL}-----${ARMOR_HEADERS}${BASE64_CHUNKS}(?:${LINE_BREAKS}-----END ${PEM_LABEL}-----)?`, 'g') },
  { pattern: new RegExp(`(?<![A-Za-z0-9+])${KEY_BODY_START}[A-Za-z0-9+/]{12,}={0,2}${BASE64_CHUNKS}`, 'g') }, // private-key bodies without BEGIN/END
  // Secret access keys: 40 base64 characters; a `/` may stand before or after (a key in a path).
  { pattern: /(?<![A-Za-z0-9+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9+=])/g, accept: secretKeyShaped },
  { pattern: new RegExp(`(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://[^\\s:/@]*:${NOT_PLACEHOLDER}[^\\s@/]+@`, 'gi') }, // passwords in connection strings (also with an empty user)
  { pattern: new RegExp(`(?:\\bpassword|(?<=;)\\s*pwd)\\s*=\\s*${NOT_PLACEHOLDER}[^;\\s'"]+`, 'gi') }, // passwords in key=value connection strings (Server=...;Password=...; Pwd only there: PWD=/dir is the shell's working directory)
  { pattern: new RegExp(`[?&](?:access_token|api_key|apikey|client_secret|password|passwd|secret|token)=${NOT_PLACEHOLDER}[^&\\s#]{8,}`, 'gi') }, // credentials in URL queries
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}`, 'g') }, // GitHub tokens (classic and fine-grained)
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}gl(?:pat|dt|rt|ptt|soat)-[A-Za-z0-9_-]{20,}`, 'g') }, // GitLab tokens
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}(?:xox[abeoprs]|xapp)-[A-Za-z0-9-]{10,}`, 'g') }, // Slack tokens
  { pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,}/g }, // Slack webhook URLs
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}AIza[0-9A-Za-z_-]{35}${NOT_ALNUM_AFTER}`, 'g') }, // Google API keys
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}(?:sk|rk)_live_[0-9A-Za-z]{16,}`, 'g') }, // Stripe secret keys
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}npm_[A-Za-z0-9]{36}${NOT_ALNUM_AFTER}`, 'g') }, // npm tokens
  { pattern: new RegExp(`${NOT_ALNUM_BEFORE}eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}`, 'g') }, // JWTs
];

function mask(match: string): string {
  // Keep a connection string readable: scheme://user:****@, Password=****, ?token=****
  const conn = /^([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)/i.exec(match);
  if (conn) return `${conn[1]}****@`;
  const pair = /^([?&]?[A-Za-z_]+\s*=\s*)/.exec(match);
  return pair ? `${pair[1]}****` : '****';
}

// A report repeats the same few strings (keys, rule ids, file names, messages) thousands of times, and
// each pass runs every shape over it: a run of 200 templates spent a twentieth of its time here. The
// answer for a string never changes, so recent answers are kept (bounded: a run can be huge).
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

export function redactSecrets(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  let out = text;
  for (const { pattern, accept } of SECRET_SHAPES) {
    out = out.replace(pattern, (match) => (accept && !accept(match) ? match : mask(match)));
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  if (text.length <= 4096) memo.set(text, out);
  return out;
}

/** True when the value holds something shaped like a credential (rules use it on environment values). */
export function looksLikeSecret(value: string): boolean {
  return redactSecrets(value) !== value;
}

export type ValuePath = readonly (string | number)[];

/**
 * A JSON-like value with every string, object keys included, passed through `redactSecrets`: what
 * JSON and SARIF outputs serialize, so the redaction cannot break their syntax. Strings at the
 * paths `keepExact` accepts are left as they are (a finding's file path, which tools open).
 * Collections holding something masked are copied (objects with `Object.fromEntries`, which defines
 * `__proto__` as an own key); the others are returned as they are, so callers must not mutate them.
 */
export function redactStrings<T>(value: T, keepExact: (path: ValuePath) => boolean = () => false): T {
  // Copy on write: a structure with nothing to mask comes back as it is. A deep copy of 80,000
  // findings was a fifth of the peak memory of a run over a large describe output.
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (typeof v === 'string') return keepExact(path) ? v : redactSecrets(v);
    if (Array.isArray(v)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const item = walk(v[i], path);
        path.pop();
        if (item !== v[i] && !copy) copy = v.slice(0, i);
        if (copy) copy.push(item);
      }
      return copy ?? v;
    }
    if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return v;
    const entries = Object.entries(v);
    let changed = false;
    const out = entries.map(([k, item]) => {
      path.push(k);
      const redacted = [redactSecrets(k), walk(item, path)] as const;
      path.pop();
      if (redacted[0] !== k || redacted[1] !== item) changed = true;
      return redacted;
    });
    return changed ? Object.fromEntries(out) : v;
  };
  return walk(value, []) as T;
}
