import { describe, it, expect } from 'vitest';
import * as codes from './index';

describe('codes module surface', () => {
  it('exports the validators, helpers, generators and CLI functions', () => {
    for (const name of [
      'normalizeCode',
      'validateCode',
      'isWellFormed',
      'validateUscc',
      'validateOrgCode',
      'validateRegNo',
      'validateResidentId',
      'parseResidentId',
      'usccCheckChar',
      'orgCodeCheckChar',
      'regNoCheckDigit',
      'residentIdCheckChar',
      'upgradeResidentId15',
      'lookupDivision',
      'isKnownDivision',
      'divisionExistedIn',
      'makeUscc',
      'makeResidentId',
      'makeRegNo',
      'seededRandom',
      'formatCodeLine',
      'runCodeCommand',
    ]) {
      expect(typeof (codes as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(codes.USCC_AUTHORITIES['9']?.name).toBe('工商');
  });
});
