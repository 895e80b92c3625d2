import { describe, expect, it } from 'vitest';
import { compoundSplit } from '../../src/core/initials.ts';

const initials = (token: string): string[] => [compoundSplit(token)?.initials ?? ''].filter(Boolean);

describe('compoundSplit: the initials of a compound brand', () => {
  it.each([
    ['coinbase', ['cb']],
    ['teleperformance', ['tp']], // a head that is no word, before a long word
    ['salesforce', ['sf']],
    ['facebook', ['fb']],
    ['mgmresorts', ['mr']], // the longest word wins over "mgmre" + "sorts"
    ['squarespace', ['ss']], // "square" + "space", not "squares" + "pace": the longest second word
    ['gamestop', ['gs']], // not "games" + "top"
    ['bookshop', ['bs']], // not "books" + "hop"
  ])('%s -> %j', (token, want) => {
    expect(initials(token)).toEqual(want);
  });

  it.each(['twilio', 'paypal', 'stripe', 'snowflake', 'zendesk', 'github', 'adobe', 'netflix', 'cisco', 'verizon'])(
    '%s has no two-word reading (or one too short to trust)',
    (token) => {
      expect(initials(token)).toEqual([]);
    },
  );

  it('a name that is a word itself splits only into parts of four letters or more: notion is not "not" + "ion"', () => {
    expect(initials('notion')).toEqual([]);
    expect(initials('outlook')).toEqual([]);
    expect(initials('workday')).toEqual(['wd']); // not a word itself: "work" + "day" as before
  });

  it('initials that spell a two-letter word are no initials: allstate (all + state) is not "as"', () => {
    expect(initials('allstate')).toEqual([]);
    expect(initials('allscripts')).toEqual([]);
  });

  it('short, hyphenated or non-letter tokens have none', () => {
    expect(initials('boxcar')).toEqual(['bc']);
    expect(initials('carbox')).toEqual(['cb']);
    expect(initials('abcde')).toEqual([]);
    expect(initials('t-mobile')).toEqual([]);
    expect(initials('office365')).toEqual([]);
  });
});
