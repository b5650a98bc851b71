//! Size classes of small objects: slot sizes, slots per page and the size → class table.
//!
//! Sizes up to 128 bytes get a class for every 16-byte granule (small objects dominate a Python
//! heap, and rounding them up costs at most 15 bytes). Above that there are about four classes
//! per doubling, and each is the *largest* multiple of 16 that still fits the same number of
//! slots in a page (672 rather than 640, 816 rather than 768, 1360, 1632, then a third and a
//! half of a page). The result:
//!
//! - a request wastes at most 15 bytes or 25% of its block, except 2721..=4096 (up to 34%);
//! - the unusable tail of a page is at most 192 bytes (2.3%, class 320) and zero for the
//!   powers of two;
//! - 24 classes, so at most 24 partly used pages exist per heap at any time beyond those the
//!   live data needs.

use super::PAGE_SIZE;

/// Every block is a whole number of granules and starts on a granule boundary.
pub const GRANULE: usize = 16;

/// Number of small-object size classes.
pub const CLASS_COUNT: usize = 24;

/// Slot size, in bytes (header included), of each small-object class, smallest first.
pub const SIZE_CLASSES: [usize; CLASS_COUNT] = [
    16, 32, 48, 64, 80, 96, 112, 128, // one class per granule
    160, 192, 224, 256, // then about four per doubling
    320, 384, 448, 512, //
    672, 816, 1024, // 12, 10 and 8 slots per page
    1360, 1632, 2048, // 6, 5 and 4 slots per page
    2720, 4096, // 3 and 2 slots per page
];

/// The largest request served from a size-class page; anything larger takes whole pages.
pub const MAX_SMALL_SIZE: usize = SIZE_CLASSES[CLASS_COUNT - 1];

/// Entries of the lookup table: one per granule count from 0 to `MAX_SMALL_SIZE / GRANULE`.
const LOOKUP_LEN: usize = MAX_SMALL_SIZE / GRANULE + 1;

/// `CLASS_OF_GRANULES[g]` is the smallest class whose slots hold `g` granules.
static CLASS_OF_GRANULES: [u8; LOOKUP_LEN] = build_lookup();

/// Slots per page of each class.
static SLOTS_PER_PAGE: [u16; CLASS_COUNT] = build_slots();

/// `floor(2^32 / size) + 1` for each class: `(offset * r) >> 32 == offset / size` for every
/// in-page offset (see [`slot_index`]).
static RECIPROCALS: [u32; CLASS_COUNT] = build_reciprocals();

const fn build_lookup() -> [u8; LOOKUP_LEN] {
    let mut table = [0u8; LOOKUP_LEN];
    let mut granules = 0;
    let mut class = 0;
    while granules < LOOKUP_LEN {
        while SIZE_CLASSES[class] < granules * GRANULE {
            class += 1;
        }
        table[granules] = class as u8;
        granules += 1;
    }
    table
}

const fn build_slots() -> [u16; CLASS_COUNT] {
    let mut slots = [0u16; CLASS_COUNT];
    let mut class = 0;
    while class < CLASS_COUNT {
        slots[class] = (PAGE_SIZE / SIZE_CLASSES[class]) as u16;
        class += 1;
    }
    slots
}

const fn build_reciprocals() -> [u32; CLASS_COUNT] {
    let mut reciprocals = [0u32; CLASS_COUNT];
    let mut class = 0;
    while class < CLASS_COUNT {
        reciprocals[class] = ((1u64 << 32) / SIZE_CLASSES[class] as u64 + 1) as u32;
        class += 1;
    }
    reciprocals
}

// The table is sound only if these hold; checked when the crate compiles.
const _: () = {
    let mut class = 0;
    while class < CLASS_COUNT {
        let size = SIZE_CLASSES[class];
        assert!(
            size.is_multiple_of(GRANULE),
            "class sizes are whole granules"
        );
        assert!(size >= 16, "a free slot holds a header and a link");
        assert!(
            PAGE_SIZE / size >= 2,
            "a small page holds at least two slots"
        );
        assert!(
            PAGE_SIZE / size <= u16::MAX as usize,
            "slot counts fit in u16"
        );
        assert!(
            class == 0 || size > SIZE_CLASSES[class - 1],
            "classes increase"
        );
        class += 1;
    }
    // The reciprocal's error is below offset / 2^32 < PAGE_SIZE / 2^32, which must stay below
    // 1 / size, the smallest gap between offset / size and the next integer.
    assert!(
        PAGE_SIZE * MAX_SMALL_SIZE < (1 << 32),
        "reciprocal division is exact"
    );
    assert!(CLASS_COUNT <= u8::MAX as usize, "class numbers fit in u8");
};

/// The class serving a request of `size` bytes, or `None` when it needs whole pages.
#[inline]
pub(super) fn class_of(size: usize) -> Option<usize> {
    if size > MAX_SMALL_SIZE {
        return None;
    }
    Some(usize::from(CLASS_OF_GRANULES[size.div_ceil(GRANULE)]))
}

/// Slot size of `class`, in bytes.
#[inline]
pub(super) fn slot_size(class: usize) -> usize {
    SIZE_CLASSES[class]
}

/// Slots in one page of `class`.
#[inline]
pub(super) fn slots_per_page(class: usize) -> usize {
    usize::from(SLOTS_PER_PAGE[class])
}

/// Bytes at the end of a page of `class` that no slot covers.
#[inline]
pub(super) fn tail_waste(class: usize) -> usize {
    PAGE_SIZE - slots_per_page(class) * slot_size(class)
}

/// Index of the slot of `class` holding byte `offset` of its page (`offset < PAGE_SIZE`), by a
/// multiplication instead of a division. The result may be past the last slot when `offset`
/// falls in the page's tail.
#[inline]
pub(super) fn slot_index(class: usize, offset: usize) -> usize {
    debug_assert!(offset < PAGE_SIZE);
    ((offset as u64 * u64::from(RECIPROCALS[class])) >> 32) as usize
}
