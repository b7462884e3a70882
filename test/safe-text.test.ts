import { describe, expect, it } from 'vitest';
import { escapeControl, hasControl, neutralizeWorkflowCommand } from '../src/reporters/safe-text.js';

describe('escapeControl', () => {
  it('turns terminal escapes, newlines and bidi marks into visible text', () => {
    expect(escapeControl('a\u001b]0;title\u0007b')).toBe('a\\e]0;title\\x07b');
    expect(escapeControl('x\ny\r\tz')).toBe('x\\ny\\r\\tz');
    expect(escapeControl('\u009b2J \u202e')).toBe('\\x9b2J \\u202e');
    expect(escapeControl('plain ünïcode ✔')).toBe('plain ünïcode ✔');
  });
  it('says whether a string needs escaping', () => {
    expect(hasControl('ok')).toBe(false);
    expect(hasControl('a\u0000')).toBe(true);
    expect(hasControl('ok')).toBe(false);
  });
});

describe('neutralizeWorkflowCommand', () => {
  it('breaks a leading :: so a log line cannot become a workflow command', () => {
    expect(neutralizeWorkflowCommand('::error::forged')).not.toMatch(/^\s*::/);
    expect(neutralizeWorkflowCommand('  ::add-mask::x')).not.toMatch(/^\s*::/);
    expect(neutralizeWorkflowCommand('a::b')).toBe('a::b');
  });
});
