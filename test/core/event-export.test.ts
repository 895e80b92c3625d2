import { describe, expect, it } from 'vitest';
import { toReport, type GuardEvent } from '../../src/core/event.ts';
import { csvCell, CSV_COLUMNS, eventsToCsv, eventsToJson, exportFileName } from '../../src/core/event-export.ts';

const ev: GuardEvent = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  event: 'blocked',
  host: 'acme-okta.com',
  target: 'acme.okta.com',
  level: 'block',
  score: 0.9,
  reasons: [
    { rule: 'combosquat', detail: 'Joins "acme" with "okta", the sign-in word.' },
    { rule: 'page', detail: 'Has a password field' },
  ],
  pageOrigin: 'https://acme-okta.com',
  time: '2025-01-02T03:04:05.000Z',
  extensionVersion: '0.1.0',
  policyVersion: 'deadbeef',
};

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('acme-okta.com')).toBe('acme-okta.com');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2', '@SUM(A1)', '\t=1'])('defuses formula %j', (v) => {
    const cell = csvCell(v);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('does not touch text that merely contains those characters later', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('acme-okta.com')).toBe('acme-okta.com');
  });
});

describe('eventsToCsv', () => {
  it('writes a header and one CRLF line per event', () => {
    const csv = eventsToCsv([toReport(ev), toReport({ ...ev, event: 'bypassed' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      '2025-01-02T03:04:05.000Z,blocked,acme-okta.com,acme.okta.com,block,0.9,"combosquat: Joins ""acme"" with ""okta"", the sign-in word.; page: Has a password field",https://acme-okta.com,0.1.0,deadbeef,3b241101-e2bb-4255-8caf-4136c566a962',
    );
  });

  it('empty log gives the header only', () => {
    expect(eventsToCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('defuses an attacker-chosen reason that starts with =', () => {
    const csv = eventsToCsv([toReport({ ...ev, reasons: [{ rule: '', detail: 'x' }], host: 'a.com' })]);
    // rule "" -> ": x" is harmless; now force a leading "="
    expect(csv).not.toMatch(/,=/);
    const evil = eventsToCsv([{ ...toReport(ev), host: '=cmd|calc' }]);
    expect(evil).toContain(",'=cmd|calc,");
  });
});

describe('eventsToJson and exportFileName', () => {
  it('round-trips', () => {
    const reports = [toReport(ev)];
    expect(JSON.parse(eventsToJson(reports))).toEqual(reports);
  });

  it('names files by UTC time with no characters a file system dislikes', () => {
    expect(exportFileName('csv', new Date('2025-01-02T03:04:05.678Z'))).toBe('lookalike-guard-events-20250102T030405Z.csv');
    expect(exportFileName('json', new Date(0))).toMatch(/^lookalike-guard-events-[0-9TZ]+\.json$/);
  });
});
