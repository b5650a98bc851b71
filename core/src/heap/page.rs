//! Pages: the object area, the page descriptor table and the pool of free pages.
//!
//! The pool needs no list of its own. Free pages form *runs* of consecutive pages; the first
//! page of a run records the run's length, and every other unit (a small page, a large object)
//! records how many pages it spans, so a walk from any unit boundary hops from unit to unit.
//! Two invariants keep the walks short and the allocation order lowest-address-first:
//!
//! - `first_free` is a unit boundary at or below the first free run (hence every walk for a
//!   free page starts there), and
//! - no free run ends at the frontier: a sweep that finds free pages just below the frontier
//!   lowers the frontier instead, so a run of pages taken at the frontier is always contiguous
//!   with the untouched pages above it.

use core::mem::MaybeUninit;
use core::ptr::NonNull;

use super::{Header, PAGE_SHIFT};

/// What one page holds. Eight bytes, so the table costs 1/1024 of the arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PageDesc {
    /// A page in the pool. `run` is the length of the free run when the page starts one, and 0
    /// for the other pages of a run.
    Free {
        /// Pages in the run this page starts, or 0.
        run: u32,
    },
    /// A page of slots of one size class.
    Small {
        /// The size class (index into `SIZE_CLASSES`).
        class: u8,
    },
    /// The first page of a large object.
    LargeHead {
        /// Pages the object spans (at least 1).
        pages: u32,
    },
    /// A later page of a large object.
    LargeTail {
        /// Index of the object's first page.
        head: u32,
    },
}

/// What [`PageTable::take`] hands pages out for.
#[derive(Debug, Clone, Copy)]
pub(super) enum Claim {
    /// One page for slots of this class.
    Small(usize),
    /// A run of pages for one large object.
    Large,
}

/// The object area: `len` bytes from `base`, a whole number of pages, 16-byte aligned.
///
/// Every pointer into the area is derived from `base`, so all of them share its provenance.
#[derive(Debug, Clone, Copy)]
pub(super) struct Area {
    /// First byte of page 0.
    base: NonNull<u8>,
    /// Bytes in the area (`pages * PAGE_SIZE`).
    len: usize,
}

impl Area {
    /// An area of `len` bytes at `base`.
    pub(super) fn new(base: NonNull<u8>, len: usize) -> Self {
        Self { base, len }
    }

    /// Bytes in the area.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Offset of address `addr` from the start of the area, if it lies inside.
    #[inline]
    pub(super) fn offset_of(&self, addr: usize) -> Option<usize> {
        let offset = addr.wrapping_sub(self.base.addr().get());
        (offset < self.len).then_some(offset)
    }

    /// Pointer to byte `offset` of the area (`offset <= len`), with the area's provenance.
    #[inline]
    pub(super) fn at(&self, offset: usize) -> NonNull<u8> {
        debug_assert!(offset <= self.len);
        self.base.map_addr(|addr| addr.saturating_add(offset))
    }

    /// The header at byte `offset` of the area.
    #[inline]
    pub(super) fn header(&self, offset: usize) -> NonNull<Header> {
        self.at(offset).cast()
    }

    /// First byte of page `page`.
    #[inline]
    pub(super) fn page(&self, page: usize) -> NonNull<u8> {
        self.at(page << PAGE_SHIFT)
    }
}

/// The descriptor table and the bookkeeping of free pages.
pub(super) struct PageTable<'a> {
    /// One descriptor per page of the area; those below `frontier` are initialised.
    descs: &'a mut [MaybeUninit<PageDesc>],
    /// Pages at and above the frontier are free and have no valid descriptor. Allocation
    /// raises it only when no free run below it fits, so the region's tail stays untouched.
    frontier: usize,
    /// A unit boundary at or below the first free run (or the frontier when there is none).
    first_free: usize,
}

impl<'a> PageTable<'a> {
    /// A table over `descs` with every page free and untouched.
    pub(super) fn new(descs: &'a mut [MaybeUninit<PageDesc>]) -> Self {
        debug_assert!(descs.len() <= u32::MAX as usize);
        Self {
            descs,
            frontier: 0,
            first_free: 0,
        }
    }

    /// Pages in the area.
    #[inline]
    pub(super) fn pages(&self) -> usize {
        self.descs.len()
    }

    /// Pages below the frontier (every page ever in use lies there).
    #[inline]
    pub(super) fn frontier(&self) -> usize {
        self.frontier
    }

    /// The descriptor of `page`; pages at or above the frontier are free.
    #[inline]
    pub(super) fn get(&self, page: usize) -> PageDesc {
        if page >= self.frontier {
            return PageDesc::Free { run: 0 };
        }
        // SAFETY: every descriptor below the frontier was written (by `claim` when the frontier
        // rose past it), and the frontier never exceeds `descs.len()`, so the index is in bounds.
        unsafe { self.descs.get_unchecked(page).assume_init() }
    }

    /// Overwrites the descriptor of `page`, which must lie below the frontier.
    #[inline]
    pub(super) fn set(&mut self, page: usize, desc: PageDesc) {
        debug_assert!(page < self.frontier);
        self.descs[page] = MaybeUninit::new(desc);
    }

    /// Pages covered by the unit starting at `page`, for walks that hop from unit to unit.
    #[inline]
    pub(super) fn span(&self, page: usize) -> usize {
        match self.get(page) {
            PageDesc::Free { run } => (run as usize).max(1),
            PageDesc::LargeHead { pages } => (pages as usize).max(1),
            PageDesc::Small { .. } | PageDesc::LargeTail { .. } => 1,
        }
    }

    /// Takes `count` consecutive free pages, lowest address first, and writes their
    /// descriptors for `claim`. `None` when no run below the frontier fits and the pages above
    /// it are too few.
    pub(super) fn take(&mut self, count: usize, claim: Claim) -> Option<usize> {
        debug_assert!(count >= 1);
        debug_assert!(matches!(claim, Claim::Large) || count == 1);
        let mut page = self.first_free;
        // Until the walk meets a free run, every unit it passes is in use, so the next walk
        // may start after them: `first_free` follows along (keeping its invariant) and a run
        // of allocations does not walk the same used pages again and again.
        let mut seen_free = false;
        while page < self.frontier {
            let desc = self.get(page);
            if !seen_free && !matches!(desc, PageDesc::Free { .. }) {
                self.first_free = page + self.span(page);
            }
            if let PageDesc::Free { run } = desc {
                seen_free = true;
                let run = run as usize;
                if run >= count {
                    if run > count {
                        self.set(
                            page + count,
                            PageDesc::Free {
                                run: (run - count) as u32,
                            },
                        );
                    }
                    if page == self.first_free {
                        self.first_free = page + count;
                    }
                    self.claim(page, count, claim);
                    return Some(page);
                }
            }
            page += self.span(page);
        }
        let start = self.frontier;
        if self.pages() - start < count {
            return None;
        }
        self.frontier = start + count;
        if self.first_free == start {
            self.first_free = self.frontier;
        }
        self.claim(start, count, claim);
        Some(start)
    }

    /// Writes the descriptors of the `count` pages from `start`.
    fn claim(&mut self, start: usize, count: usize, claim: Claim) {
        match claim {
            Claim::Small(class) => self.set(start, PageDesc::Small { class: class as u8 }),
            Claim::Large => {
                self.set(
                    start,
                    PageDesc::LargeHead {
                        pages: count as u32,
                    },
                );
                for page in start + 1..start + count {
                    self.set(page, PageDesc::LargeTail { head: start as u32 });
                }
            }
        }
    }

    /// Starts a sweep's rebuild of the free runs: forgets where the first free run is.
    pub(super) fn begin_rebuild(&mut self) {
        self.first_free = self.frontier;
    }

    /// Records that pages `start..end` (all already marked free) form one run, ended by a page
    /// in use.
    pub(super) fn close_run(&mut self, start: usize, end: usize) {
        debug_assert!(start < end && end < self.frontier);
        self.set(
            start,
            PageDesc::Free {
                run: (end - start) as u32,
            },
        );
        self.first_free = self.first_free.min(start);
    }

    /// Lowers the frontier to `start`: pages `start..frontier` are free and end at the
    /// frontier, so they rejoin the untouched pages above it.
    pub(super) fn retract(&mut self, start: usize) {
        debug_assert!(start <= self.frontier);
        self.frontier = start;
        self.first_free = self.first_free.min(start);
    }

    /// The page a walk for free pages starts from.
    #[cfg(test)]
    pub(super) fn first_free(&self) -> usize {
        self.first_free
    }
}
