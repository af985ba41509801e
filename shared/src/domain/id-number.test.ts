import { idCheckChar, isValidIdNumber, maskIdNumber, normalizeIdNumber } from './id-number'

// The standard's own example (GB 11643-1999 appendix) and a number ending in X.
const VALID = '11010519491231002X'
const VALID_DIGIT = '341221199001011231'

describe('ID numbers', () => {
  it('accepts a number whose check character matches', () => {
    expect(isValidIdNumber(VALID)).toBe(true)
    expect(isValidIdNumber(VALID_DIGIT)).toBe(true)
  })

  it('computes the check character of the standard example', () => {
    expect(idCheckChar('11010519491231002')).toBe('X')
  })

  it('forgives a lowercase x and spaces', () => {
    expect(isValidIdNumber('110105 19491231 002x')).toBe(true)
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe(VALID)
  })

  it('refuses a wrong check character', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false)
  })

  it('refuses the wrong length and letters in the middle', () => {
    expect(isValidIdNumber('11010519491231002')).toBe(false)
    expect(isValidIdNumber('1101051949123100211')).toBe(false)
    expect(isValidIdNumber('1101051949A231002X')).toBe(false)
    expect(isValidIdNumber('')).toBe(false)
  })

  it('refuses a birth date that does not exist, even with a matching check character', () => {
    const feb30 = '11010519490230002'
    expect(isValidIdNumber(feb30 + idCheckChar(feb30))).toBe(false)
    const year1800 = '11010518000101002'
    expect(isValidIdNumber(year1800 + idCheckChar(year1800))).toBe(false)
  })

  it('masks all but the first four and last four characters', () => {
    expect(maskIdNumber(VALID)).toBe('1101**********002X')
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X')
  })
})
