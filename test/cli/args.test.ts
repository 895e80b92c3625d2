import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { CliError } from '../../src/cli/errors.ts';

describe('parseArgs', () => {
  it('parses scan with defaults: jsonl from stdin', () => {
    expect(parseArgs(['scan'])).toEqual({ name: 'scan', protect: [], format: 'jsonl', input: '-' });
  });

  it('parses every scan option, in either --opt value or --opt=value form', () => {
    expect(parseArgs(['scan', '--policy', 'p.json', '--protect=acme.com,login.acme.com', '--protect', 'acme.okta.com', '--format=csv', 'hosts.txt'])).toEqual({
      name: 'scan',
      policyFile: 'p.json',
      protect: ['acme.com', 'login.acme.com', 'acme.okta.com'],
      format: 'csv',
      input: 'hosts.txt',
    });
  });

  it('treats "-" as stdin and everything after -- as positional', () => {
    expect(parseArgs(['scan', '-'])).toMatchObject({ input: '-' });
    expect(parseArgs(['check', '--', '-weird.example'])).toMatchObject({ name: 'check', hosts: ['-weird.example'] });
  });

  it('parses check, policy validate and policy export', () => {
    expect(parseArgs(['check', 'a.com', 'b.com', '--protect', 'acme.com'])).toEqual({ name: 'check', protect: ['acme.com'], hosts: ['a.com', 'b.com'] });
    expect(parseArgs(['policy', 'validate', 'p.json'])).toEqual({ name: 'policy-validate', file: 'p.json' });
    expect(parseArgs(['policy', 'export', '--format', 'windows-reg', 'p.json'])).toEqual({ name: 'policy-export', format: 'windows-reg', file: 'p.json' });
    expect(parseArgs(['policy', 'export', '--format=chrome', '--id', 'abcdefghijklmnopabcdefghijklmnop', 'p.json'])).toMatchObject({ id: 'abcdefghijklmnopabcdefghijklmnop' });
  });

  it('recognises --help and --version anywhere', () => {
    expect(parseArgs(['--help'])).toEqual({ name: 'help' });
    expect(parseArgs(['scan', '-h'])).toEqual({ name: 'help' });
    expect(parseArgs(['--version'])).toEqual({ name: 'version' });
  });

  it.each([
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['scan', '--format', 'xml'], /--format must be one of jsonl, csv, table, got "xml"/],
    [['scan', '--bogus'], /unknown option --bogus/],
    [['scan', '-x'], /unknown option -x/],
    [['scan', 'a.txt', 'b.txt'], /at most one input FILE/],
    [['scan', '--policy'], /--policy needs a value/],
    [['scan', '--policy', 'a.json', '--policy', 'b.json'], /--policy given more than once/],
    [['check'], /at least one HOST/],
    [['check', '--format', 'csv', 'a.com'], /unknown option --format/],
    [['policy'], /unknown subcommand \(none\)/],
    [['policy', 'lint', 'p.json'], /unknown subcommand "lint"/],
    [['policy', 'validate'], /exactly one policy FILE/],
    [['policy', 'validate', 'a.json', 'b.json'], /exactly one policy FILE/],
    [['policy', 'export', 'p.json'], /--format is required/],
    [['policy', 'export', '--format', 'pdf', 'p.json'], /must be one of chrome, edge, google-admin, firefox, windows-reg, macos-mobileconfig/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
