// Thirteen credentials of the formats people leak, made up for the tests (none is live): what the
// planted-credential tests hide in configurations and look for in every output.
const PEM_BODY = [
  'MIIEowIBAAKCAQEAr5Tq8Lm2Xv9Kp4Wn7Bc3Yd6Fh1Gj0Ts5Ae8Qz2Rw4Ux7Io3Pl6',
  'Sk9Dm1Fn4Hb7Jc0Kv3Lx6Ny9Oz2Pa5Qb8Rc1Sd4Te7Uf0Vg3Wh6Xi9Yj2Zk5Al8Bm',
  'Cn1Do4Ep7Fq0Gr3Hs6It9Ju2Kv5Lw8Mx1Ny4Oz7Pa0Qb3Rc6Sd9Te2Uf5Vg8Wh1X=',
];

export const CREDENTIALS = {
  accessKeyId: 'AKIAQX4TZ7VW2MN5RB3K',
  sessionKeyId: 'ASIAY7RK2PQ9XW4TZ3NM',
  secretAccessKey: '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',
  githubClassic: 'ghp_Zq7Lm2Xv9Rt4Kp8Wn3Bc6Yd1Fh5Gj0Ts2Ae4',
  githubFineGrained: 'github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01234',
  gitlab: 'glpat-Vx3Kq9Lm2Zt7Rw4Yp8Nb',
  slackBot: 'xoxb-2481632641-5678901234567-Qw3rTy8UiOp2AsDfGh4JkL9z',
  slackWebhook: 'https://hooks.slack.com/services/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',
  npmToken: 'npm_Ab3De6Gh9Jk2Mn5Pq8St1Vw4Yz7Bc0Ef3Hi6',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwbGFudGVkLXNlY3JldCJ9.Xk3vQ9mT2pL7rW4yZ8nB1cD5fG0hJ6kA',
  privateKeyPem: `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY.join('\n')}\n-----END RSA PRIVATE KEY-----`,
  privateKeyBody: 'MIIEpAIBAAKCAQEA3Tz8Lq5Vw2Xr9Yk4Mn7Bp1Cs6Dt0Fu3Gv8Hw5Jx2Ky9Lz4Nq7Pr1Qs6Rt',
  urlPassword: 'postgres://etl:Pl4nted-Pa55w0rd-Qz9@db.internal:5432/warehouse',
} as const;

export type CredentialName = keyof typeof CREDENTIALS;

/**
 * The parts of a planted value whose appearance anywhere is a leak: the password of a URL (user and
 * host are not secret), each base64 line of a key (an output may show its line breaks escaped).
 */
export function secretParts(value: string): string[] {
  const url = /^[a-z]+:\/\/[^:]*:([^@]+)@/.exec(value);
  if (url) return [url[1]!];
  if (value.includes('\n')) return value.split('\n').filter((line) => !line.startsWith('-----'));
  return [value];
}

/** Credentials a file name can hold (no `/`, no line break). */
export const FILE_NAME_CREDENTIALS = (Object.keys(CREDENTIALS) as CredentialName[]).filter((name) => !/[/\n]/.test(CREDENTIALS[name]));

/** Every leaked part found in a text, as `name: part` (empty when nothing leaked). */
export function leaksIn(text: string): string[] {
  return (Object.entries(CREDENTIALS) as [CredentialName, string][]).flatMap(([name, value]) => secretParts(value).filter((part) => text.includes(part)).map((part) => `${name}: ${part.slice(0, 12)}...`));
}
