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

const SECRET_SHAPES: SecretShape[] = [
  { pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g }, // AWS access key ids
  { pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g }, // PEM and PGP private keys
  { pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g, accept: secretKeyShaped }, // secret access keys
  { pattern: new RegExp(`\\b[a-z][a-z0-9+.-]*://[^\\s:/@]*:${NOT_PLACEHOLDER}[^\\s@/]+@`, 'gi') }, // passwords in connection strings (also with an empty user)
  { pattern: new RegExp(`(?:\\bpassword|(?<=;)\\s*pwd)\\s*=\\s*${NOT_PLACEHOLDER}[^;\\s'"]+`, 'gi') }, // passwords in key=value connection strings (Server=...;Password=...; Pwd only there: PWD=/dir is the shell's working directory)
  { pattern: new RegExp(`[?&](?:access_token|api_key|apikey|client_secret|password|passwd|secret|token)=${NOT_PLACEHOLDER}[^&\\s#]{8,}`, 'gi') }, // credentials in URL queries
  { pattern: /\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}\b/g }, // GitHub tokens
  { pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/g }, // GitLab tokens
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g }, // Slack tokens
  { pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g }, // Google API keys
  { pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/g }, // Stripe secret keys
  { pattern: /\bnpm_[A-Za-z0-9]{36}\b/g }, // npm tokens
  { pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g }, // JWTs
];

function mask(match: string): string {
  // Keep a connection string readable: scheme://user:****@, Password=****, ?token=****
  const conn = /^([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)/i.exec(match);
  if (conn) return `${conn[1]}****@`;
  const pair = /^([?&]?[A-Za-z_]+\s*=\s*)/.exec(match);
  return pair ? `${pair[1]}****` : '****';
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const { pattern, accept } of SECRET_SHAPES) {
    out = out.replace(pattern, (match) => (accept && !accept(match) ? match : mask(match)));
  }
  return out;
}

/** True when the value holds something shaped like a credential (rules use it on environment values). */
export function looksLikeSecret(value: string): boolean {
  return redactSecrets(value) !== value;
}
