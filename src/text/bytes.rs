//! Eight bytes at a time: which bytes of a little-endian word belong to a
//! byte class, as the high bit of each byte (Bit Twiddling Hacks'
//! `hasbetween` and `haszero`, exact for every byte value). The tokenizer,
//! the line classes and the word comparisons read text through these.

/// The low bit of each byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that lies strictly between `lo` and
/// `hi` (`lo < hi <= 128`); no byte past ASCII does.
#[inline]
pub(crate) fn bytes_between(x: u64, lo: u64, hi: u64) -> u64 {
    let low7 = x & (ONES * 127);
    ((ONES * (127 + hi)).wrapping_sub(low7) & !x & low7.wrapping_add(ONES * (127 - lo))) & HIGH_BITS
}

/// The high bit of each byte of `x` equal to `b`.
#[inline]
pub(crate) fn bytes_equal(x: u64, b: u8) -> u64 {
    let y = x ^ (ONES * u64::from(b));
    !(((y & (ONES * 127)).wrapping_add(ONES * 127)) | y | (ONES * 127)) & HIGH_BITS
}

/// The high bit of each byte of `x` that is an ASCII letter of either case.
#[inline]
pub(crate) fn ascii_letters(x: u64) -> u64 {
    // Setting bit 5 folds the capitals onto the small letters.
    bytes_between(x | (ONES * 0x20), 0x60, 0x7b)
}

/// `x` with its ASCII capitals made small (every other byte kept).
#[inline]
pub(crate) fn lower_ascii(x: u64) -> u64 {
    // The capital's high bit, moved to bit 5.
    x | (bytes_between(x, 0x40, 0x5b) >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_value_in_every_position_is_classed_as_one_at_a_time() {
        for b in 0..=u8::MAX {
            for pos in 0..8 {
                // The byte among neighbours of other classes, so that no carry hides.
                for fill in [b'a', b'Z', b'0', 0x00, 0x7f, 0x80, 0xff] {
                    let mut bytes = [fill; 8];
                    bytes[pos] = b;
                    let x = u64::from_le_bytes(bytes);
                    let bit = |word: u64, k: usize| word >> (8 * k + 7) & 1 == 1;
                    for (k, &byte) in bytes.iter().enumerate() {
                        assert_eq!(bit(ascii_letters(x), k), byte.is_ascii_alphabetic(), "{byte} at {k}");
                        assert_eq!(bit(bytes_between(x, 0x2f, 0x3a), k), byte.is_ascii_digit(), "{byte} at {k}");
                        assert_eq!(bit(bytes_equal(x, b'>'), k), byte == b'>', "{byte} at {k}");
                    }
                    let lowered = lower_ascii(x).to_le_bytes();
                    assert_eq!(lowered, bytes.map(|c| c.to_ascii_lowercase()), "{bytes:?}");
                }
            }
        }
    }
}
