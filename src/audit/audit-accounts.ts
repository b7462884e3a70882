// --accounts takes ids on the command line or a file of them (one or more per line, `#` comments),
// and each account is entered through a role named by --role-name or --role-arn-template.
import { partitionOf } from '../model/partition.js';

const ACCOUNT_ID = /^\d{12}$/;

export interface ParsedAccounts {
  ids: string[];
  /** Entries that are not 12-digit account ids (usage errors). */
  invalid: string[];
}

export function parseAccountIds(text: string): ParsedAccounts {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    for (const entry of line.replace(/#.*$/, '').split(/[\s,]+/)) {
      if (entry === '') continue;
      if (!ACCOUNT_ID.test(entry)) invalid.push(entry);
      else if (!ids.includes(entry)) ids.push(entry);
    }
  }
  return { ids, invalid };
}

/** True when the --accounts value is a list of ids rather than a file name. */
export function looksLikeAccountList(value: string): boolean {
  return /^\s*\d{12}(\s*,\s*\d{12})*\s*,?\s*$/.test(value);
}

/** The role to assume in an account: `arn:<partition>:iam::<account>:role/<name>` or the template with {account} filled in. */
export function roleArnFor(accountId: string, role: { name?: string; template?: string }, region: string): string {
  if (role.template !== undefined) return role.template.split('{account}').join(accountId);
  return `arn:${partitionOf(region)}:iam::${accountId}:role/${role.name ?? ''}`;
}
