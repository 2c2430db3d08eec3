//! ethtool's bit sets (`ETHTOOL_A_BITSET_*`), in both of the kernel's forms: compact (a
//! size and `u32` words of values and of a mask) and verbose (a list of bits, each with its
//! index, its name and whether it is set). [`Bitset`] holds either the same way; names of a
//! compact set come from the matching [`StringSet`].

use super::strings::StringSet;
use crate::wire::{DecodeError, DecodeErrorKind};
use crate::ynl::ethtool as raw;
use std::collections::{BTreeMap, BTreeSet};

/// A decoded bit set: its size, the bits that are set and, when the kernel sent a mask,
/// the bits the mask covers (for link modes: advertised in the value, supported in the
/// mask; for a reply of a change: what changed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bitset {
    size: u32,
    value: Vec<u32>,
    mask: Option<Vec<u32>>,
    names: BTreeMap<u32, String>,
    verbose: bool,
}

/// The most bits a set without a size may have (the largest set, link modes, has ~120).
const MAX_BITS: u32 = 1 << 16;

fn word_count(size: u32) -> usize {
    size.div_ceil(32) as usize
}

fn bad(context: &'static str) -> DecodeError {
    DecodeError::new(context, 0, DecodeErrorKind::BadValue)
}

fn get_bit(words: &[u32], bit: u32) -> bool {
    words
        .get((bit / 32) as usize)
        .is_some_and(|w| w & (1 << (bit % 32)) != 0)
}

fn put_bit(words: &mut Vec<u32>, bit: u32) {
    let i = (bit / 32) as usize;
    if words.len() <= i {
        words.resize(i + 1, 0);
    }
    words[i] |= 1 << (bit % 32);
}

fn words_of(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_ne_bytes(w)
        })
        .collect()
}

impl Bitset {
    /// Decodes the kernel's attributes, compact or verbose. A verbose bit without an
    /// index, or a set larger than its words, is an error.
    pub fn from_attrs(attrs: &raw::Bitset) -> Result<Bitset, DecodeError> {
        let size = attrs.size.unwrap_or(0);
        if let Some(bits) = &attrs.bits {
            return Bitset::from_bits(size, attrs.nomask.is_some(), bits);
        }
        let value = words_of(attrs.value.as_deref().unwrap_or(&[]));
        if value.len() < word_count(size) && size > 0 {
            return Err(bad("ethtool compact bitset value"));
        }
        let mask = match (&attrs.mask, attrs.nomask) {
            (Some(m), None) => Some(words_of(m)),
            _ => None,
        };
        Ok(Bitset {
            size,
            value,
            mask,
            names: BTreeMap::new(),
            verbose: false,
        })
    }

    fn from_bits(size: u32, nomask: bool, bits: &raw::BitsetBits) -> Result<Bitset, DecodeError> {
        let mut set = Bitset {
            size,
            mask: (!nomask).then(Vec::new),
            verbose: true,
            ..Bitset::default()
        };
        for bit in &bits.bit {
            let index = bit.index.ok_or_else(|| bad("ethtool bitset bit index"))?;
            // A bit past the set's size (or, without one, past any set the kernel has)
            // is an error, not an allocation.
            if index >= if size > 0 { size } else { MAX_BITS } {
                return Err(bad("ethtool bitset bit index"));
            }
            if let Some(name) = &bit.name {
                set.names.insert(index, name.clone());
            }
            match &mut set.mask {
                // Without a mask only the bits that are set are listed.
                None => put_bit(&mut set.value, index),
                Some(mask) => {
                    put_bit(mask, index);
                    if bit.value.is_some() {
                        put_bit(&mut set.value, index);
                    }
                }
            }
        }
        Ok(set)
    }

    /// The number of bits (`ETHTOOL_A_BITSET_SIZE`; 0 when a verbose set left it out).
    pub fn size(&self) -> u32 {
        self.size
    }

    /// True when the kernel sent the verbose form (bits with their names).
    pub fn is_verbose(&self) -> bool {
        self.verbose
    }

    /// True when the kernel sent a mask with the values.
    pub fn has_mask(&self) -> bool {
        self.mask.is_some()
    }

    /// True when bit `bit` is set.
    pub fn contains(&self, bit: u32) -> bool {
        get_bit(&self.value, bit)
    }

    /// True when the mask covers bit `bit` (every bit, without a mask).
    pub fn in_mask(&self, bit: u32) -> bool {
        self.mask.as_ref().is_none_or(|m| get_bit(m, bit))
    }

    /// The bits that are set, in order.
    pub fn bits(&self) -> impl Iterator<Item = u32> + '_ {
        ones(&self.value)
    }

    /// The bits the mask covers, in order (none without a mask).
    pub fn mask_bits(&self) -> impl Iterator<Item = u32> + '_ {
        ones(self.mask.as_deref().unwrap_or(&[]))
    }

    /// The first 64 bits as an integer (for sets that mirror a C bit mask).
    pub fn low_u64(&self) -> u64 {
        let w = |i: usize| u64::from(self.value.get(i).copied().unwrap_or(0));
        w(0) | (w(1) << 32)
    }

    /// The name of bit `bit`: the one the kernel sent (verbose), else the string set's.
    pub fn name_of<'a>(&'a self, bit: u32, strings: Option<&'a StringSet>) -> Option<&'a str> {
        self.names
            .get(&bit)
            .map(String::as_str)
            .or_else(|| strings.and_then(|s| s.get(bit)))
    }

    fn named(
        &self,
        bits: impl Iterator<Item = u32>,
        strings: Option<&StringSet>,
    ) -> BTreeSet<String> {
        bits.map(|b| match self.name_of(b, strings) {
            Some(n) if !n.is_empty() => n.to_owned(),
            _ => format!("bit {b}"),
        })
        .collect()
    }

    /// The names of the bits that are set (a bit without a name is `"bit N"`).
    pub fn names(&self, strings: Option<&StringSet>) -> BTreeSet<String> {
        self.named(self.bits(), strings)
    }

    /// The names of the bits the mask covers.
    pub fn mask_names(&self, strings: Option<&StringSet>) -> BTreeSet<String> {
        self.named(self.mask_bits(), strings)
    }

    /// Each bit the mask covers, by name, with its value (what a reply to a change says).
    pub fn masked_values(&self, strings: Option<&StringSet>) -> BTreeMap<String, bool> {
        self.mask_bits()
            .map(|b| {
                let name = match self.name_of(b, strings) {
                    Some(n) if !n.is_empty() => n.to_owned(),
                    _ => format!("bit {b}"),
                };
                (name, self.contains(b))
            })
            .collect()
    }
}

fn ones(words: &[u32]) -> impl Iterator<Item = u32> + '_ {
    words.iter().enumerate().flat_map(|(i, &w)| {
        (0..32u32)
            .filter(move |b| w & (1 << b) != 0)
            .map(move |b| i as u32 * 32 + b)
    })
}

/// A change to a bit set, by name (the verbose form, with a mask: only the listed bits
/// change), as the `-set` requests send it.
pub(crate) fn verbose_change<'a>(
    changes: impl IntoIterator<Item = (&'a str, bool)>,
) -> raw::Bitset {
    let bit = changes
        .into_iter()
        .map(|(name, on)| raw::BitsetBit {
            name: Some(name.to_owned()),
            value: on.then_some(()),
            ..Default::default()
        })
        .collect();
    raw::Bitset {
        bits: Some(raw::BitsetBits {
            bit,
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// A compact bit set of `size` bits with every bit set and no mask (a request for every
/// group there is).
pub(crate) fn compact_all(size: u32) -> raw::Bitset {
    let size = size.min(MAX_BITS);
    let mut words = Vec::new();
    for b in 0..size {
        put_bit(&mut words, b);
    }
    raw::Bitset {
        nomask: Some(()),
        size: Some(size),
        value: Some(words.iter().flat_map(|w| w.to_ne_bytes()).collect()),
        ..Default::default()
    }
}
