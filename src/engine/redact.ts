// Never print a secret: whatever a message was built from, these shapes are masked before any
// reporter sees the text. Rules already avoid echoing values; this is the net under them.
interface SecretShape {
  pattern: RegExp;
  /** Extra test for shapes that plain words or hashes could also match. */
  accept?: (match: string) => boolean;
}

// A 40-character AWS secret access key mixes upper case, lower case and digits; a git SHA does not.
const mixedClasses = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);

const SECRET_SHAPES: SecretShape[] = [
  { pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g }, // AWS access key ids
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g }, // PEM blocks
  { pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g, accept: mixedClasses }, // secret access keys
  { pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/gi }, // passwords in connection strings
  { pattern: /\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}\b/g }, // GitHub tokens
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g }, // Slack tokens
  { pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g }, // JWTs
];

function mask(match: string): string {
  // Keep a connection string readable: scheme://user:****@
  const conn = /^([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)/i.exec(match);
  return conn ? `${conn[1]}****@` : '****';
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
