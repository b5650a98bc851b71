//! The garbage-collected heap: a non-moving mark-sweep collector over one host region, with
//! precise and conservative roots.
//!
//! # Region layout
//!
//! [`Heap::new`] cuts the host's region (any alignment) into four parts:
//!
//! ```text
//!  region start                                                          region end
//!  |                                                                              |
//!  +-----+------------+------------------+--------+--------+- - -+---------+------+
//!  | pad | mark stack | page descriptors | page 0 | page 1 |     | page    | rest |
//!  | <16 | 8 KiB      | 8 bytes per page | 8 KiB  | 8 KiB  |     | n - 1   |unused|
//!  +-----+------------+------------------+--------+--------+- - -+---------+------+
//!                                        ^ arena base (16-byte aligned)
//!                                        |<------------- the arena ------->|
//! ```
//!
//! The mark stack is zeroed once; a page's descriptor and its bytes are first written when the
//! page is first handed out, and pages are handed out lowest address first, so the tail of a
//! generous host region is never touched (on Linux it never becomes resident).
//!
//! # Pages
//!
//! Pages are 8 KiB ([`PAGE_SIZE`]). Smaller pages would leave the big size classes with too
//! few slots (the 4 KiB class already has only two) and make the descriptor table larger;
//! larger pages would pin more memory per partly used page (each of the 24 classes may keep
//! one) and be coarse for small bare-metal heaps (a 1 MiB region has 126 pages). At 8 KiB the
//! descriptor table costs 1/1024 of the arena and a one-page large object wastes less than half
//! a page. Each page is, by its descriptor:
//!
//! ```text
//!  Free          in the pool; the first page of a run of free pages stores the run length
//!  Small(class)  slots of one size class, e.g. class 48 (170 slots, 32-byte tail):
//!                +--------+--------+--------+-- - --+----------+------+
//!                | slot 0 | slot 1 | slot 2 |       | slot 169 | tail |
//!                +--------+--------+--------+-- - --+----------+------+
//!                allocated slot: [Header | object bytes ...          ]
//!                free slot:      [Header, kind 0 | next free slot | ..]
//!  LargeHead(n)  first of n pages holding one object (requests over 4 KiB)
//!  LargeTail(h)  a later page of the object whose first page is h
//! ```
//!
//! Small requests (up to [`MAX_SMALL_SIZE`], 4 KiB) are rounded up to one of 24 size classes
//! ([`SIZE_CLASSES`]; see `class.rs` for how they were chosen). Each class keeps one free list
//! threaded through its free slots, in address order after every sweep. Allocation looks the
//! class up in a table, pops the list, zeroes the slot and writes the header; when the list is
//! empty it takes the lowest free page and formats it. Large requests take a run of whole
//! pages, first fit from the lowest address.
//!
//! # Headers
//!
//! ```text
//!  byte   0      1      2     3     4                    7
//!       +------+------+-----------+----------------------+
//!       | kind |  gc  |   flags   |        extra         |
//!       +------+------+-----------+----------------------+
//!  kind: 0 = free slot, 1..=255 = the object model's kinds
//!  gc:   bit 0 marked, bit 1 deferred (marked, waiting for a rescan); 0 between collections
//! ```
//!
//! # Collection
//!
//! [`Heap::collect`] marks from the roots with an explicit stack (see `mark.rs` for the
//! overflow fallback), then sweeps every page in address order: unmarked objects become free
//! slots or free pages, a small page left without live objects returns to the pool (so pages
//! move between size classes and large objects), marks are cleared, free runs are merged and
//! the free lists are rebuilt lowest address first.
//!
//! # Conservative lookup
//!
//! For a word that may be a pointer: subtract the arena base and compare with the arena length
//! (one test covers both ends), shift to get the page, read its descriptor. Free page: no.
//! Small page: the slot is `offset / slot size`, computed by multiplying with a per-class
//! reciprocal; past the last slot or a free slot: no. Large page: the run's first page.
//!
//! # Native stack roots
//!
//! The VM records a stack base with [`with_stack_base`], which runs the VM's work in frames
//! that all lie below the base; its root callback then runs
//! `with_registers_spilled(|spill| unsafe { marker.scan_range(spill, base) })`, which sees
//! every pointer a native frame or a callee-saved register holds between the two. Objects
//! never move, so such words need no updating.
//!
//! # Growth policy
//!
//! [`Heap::wants_collection`] answers yes once the bytes allocated since the last collection
//! exceed `max(live bytes after it, minimum debt)`, so the heap grows to about twice its live
//! data between collections. The minimum debt is `max(256 KiB, arena / 64)`, capped at a
//! quarter of the arena, so a nearly empty heap is not collected over and over. It also answers
//! yes when less than an eighth of the arena is free and at least 1/32 of the arena has been
//! allocated since the last collection, so a full heap collects a little before allocation
//! fails, but not after every allocation.

mod arch;
mod class;
mod mark;
mod page;
mod sweep;
#[cfg(test)]
mod tests;

use core::fmt;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::ptr::NonNull;

pub use arch::{approximate_stack_pointer, with_registers_spilled, with_stack_base};
pub use class::{CLASS_COUNT, MAX_SMALL_SIZE, SIZE_CLASSES};
pub use mark::Marker;

use mark::{Objects, locate};
use page::{Area, Claim, PageDesc, PageTable};

/// The first 8 bytes of every heap object.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// What the object is: [`FREE_KIND`] for a free slot, 1..=255 for the object model's kinds.
    pub kind: u8,
    /// The collector's bits (marked, deferred); zero between collections.
    pub gc: u8,
    /// Free for the object model.
    pub flags: u16,
    /// Free for the object model.
    pub extra: u32,
}

impl Header {
    /// The header of a free slot.
    const FREE: Header = Header {
        kind: FREE_KIND,
        gc: 0,
        flags: 0,
        extra: 0,
    };
}

/// `Header::kind` of a free slot; the object model uses kinds 1..=255.
pub const FREE_KIND: u8 = 0;

/// Bytes per page. See the module documentation for why 8 KiB.
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;

/// `log2(PAGE_SIZE)`.
const PAGE_SHIFT: usize = 13;

/// Alignment of every block, and the granule of block sizes.
pub const ALIGN: usize = class::GRANULE;

/// Entries of the mark stack. One page's worth of words: deep enough that ordinary object
/// graphs never overflow it, small enough for tiny bare-metal regions.
pub const MARK_STACK_CAPACITY: usize = PAGE_SIZE / size_of::<usize>();

/// Fewest pages a heap may have: enough for a few size classes and a large object.
pub const MIN_PAGES: usize = 4;

/// A region at least this long is accepted by [`Heap::new`], whatever its alignment (about
/// 41 KiB: alignment slack, the mark stack, and [`MIN_PAGES`] pages with their descriptors).
pub const MIN_REGION_LEN: usize =
    (ALIGN - 1) + MARK_STACK_BYTES + ALIGN + MIN_PAGES * (PAGE_SIZE + DESC_SIZE);

/// Bytes of the mark stack.
const MARK_STACK_BYTES: usize = MARK_STACK_CAPACITY * size_of::<usize>();

/// Bytes of one page descriptor.
const DESC_SIZE: usize = size_of::<PageDesc>();

/// Lower bound of the minimum debt of the growth policy.
const MIN_DEBT_FLOOR: usize = 256 * 1024;

/// Byte written over freed memory in debug builds, so a use after free shows.
#[cfg(debug_assertions)]
const POISON: u8 = 0xDB;

const _: () = assert!(size_of::<Header>() == 8);
const _: () = assert!(DESC_SIZE == 8);
const _: () = assert!(ALIGN >= align_of::<usize>() && ALIGN >= align_of::<PageDesc>());
const _: () = assert!(MARK_STACK_BYTES.is_multiple_of(ALIGN));
const _: () = assert!(MAX_SMALL_SIZE <= PAGE_SIZE / 2);

/// A free slot: a free header, then the link of its class's free list.
#[repr(C)]
struct FreeSlot {
    /// Always [`Header::FREE`].
    header: Header,
    /// The next free slot of the same class, at a higher address after a sweep.
    next: Option<NonNull<FreeSlot>>,
}

/// Why [`Heap::new`] refused a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeapError {
    /// The region cannot hold the mark stack, the descriptors and [`MIN_PAGES`] pages.
    RegionTooSmall {
        /// Bytes in the region given.
        len: usize,
        /// Bytes needed at least ([`MIN_REGION_LEN`]).
        min: usize,
    },
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::RegionTooSmall { len, min } => {
                write!(
                    f,
                    "heap region of {len} bytes is too small (at least {min} needed)"
                )
            }
        }
    }
}

impl core::error::Error for HeapError {}

/// What one collection did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CollectStats {
    /// Objects marked (reached from the roots).
    pub objects_marked: usize,
    /// Objects freed.
    pub objects_freed: usize,
    /// Block bytes freed.
    pub bytes_freed: usize,
    /// Block bytes still in use after the collection.
    pub bytes_live: usize,
    /// Pages returned to the pool: emptied small pages and the pages of freed large objects.
    pub pages_released: usize,
    /// Objects deferred because the mark stack was full.
    pub mark_stack_overflows: usize,
    /// Passes over the heap to trace deferred objects.
    pub rescans: usize,
}

/// A snapshot of the heap's occupancy. `bytes_in_use + bytes_free + bytes_overhead ==
/// arena_bytes` always holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes of the arena (`pages_total * PAGE_SIZE`).
    pub arena_bytes: usize,
    /// Bytes of the region outside the arena: alignment, mark stack, descriptors, unused rest.
    pub metadata_bytes: usize,
    /// Bytes of the blocks handed out and not freed (block sizes, not requested sizes).
    pub bytes_in_use: usize,
    /// Bytes available: free slots plus free pages.
    pub bytes_free: usize,
    /// Bytes lost at the ends of small pages, which no slot covers.
    pub bytes_overhead: usize,
    /// Largest `bytes_in_use` seen.
    pub peak_bytes_in_use: usize,
    /// Block bytes allocated since the last collection.
    pub bytes_since_collection: usize,
    /// Collections run.
    pub collections: u64,
    /// Pages in the arena.
    pub pages_total: usize,
    /// Pages in the pool (including those above the frontier).
    pub pages_free: usize,
    /// Free pages above the highest page in use, which allocation reaches last.
    pub pages_above_frontier: usize,
    /// Pages holding large objects.
    pub pages_large: usize,
    /// Pages holding small slots.
    pub pages_small: usize,
    /// Small pages per size class (indexed like [`SIZE_CLASSES`]).
    pub pages_by_class: [u32; CLASS_COUNT],
}

/// A garbage-collected heap over one region of memory.
pub struct Heap<'a> {
    /// The pages.
    area: Area,
    /// One descriptor per page, and the free-page pool.
    table: PageTable<'a>,
    /// The mark stack, in the region.
    mark_stack: &'a mut [usize],
    /// The free list of each size class.
    free_lists: [Option<NonNull<FreeSlot>>; CLASS_COUNT],
    /// Block bytes handed out and not freed.
    bytes_in_use: usize,
    /// Tail bytes of small pages.
    bytes_overhead: usize,
    /// Block bytes allocated since the last collection.
    debt: usize,
    /// `bytes_in_use` right after the last collection.
    live_after_collection: usize,
    /// Largest `bytes_in_use` seen.
    peak_bytes_in_use: usize,
    /// Collections run.
    collections: u64,
    /// Small pages per class.
    small_pages: [u32; CLASS_COUNT],
    /// Pages of large objects.
    large_pages: usize,
    /// Region bytes outside the arena.
    metadata_bytes: usize,
    /// Debt below which the policy never asks for a collection for growth.
    min_debt: usize,
    /// The host promised that the region was all zero bytes, so pages never handed out (at
    /// and above `touched`) need no zeroing: large blocks taken there stay untouched, and the
    /// operating system need not make them resident until they are used.
    zeroed_region: bool,
    /// High-water mark of the frontier: every page below it has been handed out at some time
    /// and may still hold an old object's bytes. The frontier itself comes back down when a
    /// sweep frees the last used pages (`PageTable::retract`), so it cannot tell zero pages
    /// from dirty ones; this mark never decreases.
    touched: usize,
    /// The arena is borrowed from the region for `'a`, through `area`'s raw pointer.
    _region: PhantomData<&'a mut [MaybeUninit<u8>]>,
}

impl<'a> Heap<'a> {
    /// Takes over `region` (any alignment; you align inside). Err if too small to be useful.
    ///
    /// # Errors
    /// [`HeapError::RegionTooSmall`] when the region is shorter than [`MIN_REGION_LEN`] (or
    /// just above it but badly aligned).
    pub fn new(region: &'a mut [MaybeUninit<u8>]) -> Result<Self, HeapError> {
        let len = region.len();
        let too_small = HeapError::RegionTooSmall {
            len,
            min: MIN_REGION_LEN,
        };
        let pad = region.as_ptr().addr().wrapping_neg() % ALIGN;
        let Some(spare) = len.checked_sub(pad + MARK_STACK_BYTES + ALIGN) else {
            return Err(too_small);
        };
        let pages = (spare / (PAGE_SIZE + DESC_SIZE)).min(u32::MAX as usize);
        if pages < MIN_PAGES {
            return Err(too_small);
        }
        let desc_bytes = (pages * DESC_SIZE).next_multiple_of(ALIGN);
        let (_, rest) = region.split_at_mut_checked(pad).ok_or(too_small)?;
        let (stack, rest) = rest
            .split_at_mut_checked(MARK_STACK_BYTES)
            .ok_or(too_small)?;
        let (descs, rest) = rest.split_at_mut_checked(desc_bytes).ok_or(too_small)?;
        let (arena, _) = rest
            .split_at_mut_checked(pages * PAGE_SIZE)
            .ok_or(too_small)?;

        // SAFETY: `stack` is MARK_STACK_BYTES bytes starting ALIGN-aligned (after `pad`), so
        // it holds MARK_STACK_CAPACITY aligned words; `MaybeUninit<usize>` accepts any bytes;
        // the new slice takes over `stack`'s exclusive borrow for 'a.
        let stack = unsafe {
            core::slice::from_raw_parts_mut(
                stack.as_mut_ptr().cast::<MaybeUninit<usize>>(),
                MARK_STACK_CAPACITY,
            )
        };
        for word in stack.iter_mut() {
            word.write(0);
        }
        // SAFETY: every word was just initialised; same memory, borrow and length as above.
        let mark_stack = unsafe {
            core::slice::from_raw_parts_mut(stack.as_mut_ptr().cast::<usize>(), stack.len())
        };
        // SAFETY: `descs` holds at least `pages` descriptors (8 bytes each) and starts
        // ALIGN-aligned (pad + MARK_STACK_BYTES); `MaybeUninit<PageDesc>` accepts any bytes;
        // the new slice takes over `descs`'s exclusive borrow for 'a.
        let descs = unsafe {
            core::slice::from_raw_parts_mut(
                descs.as_mut_ptr().cast::<MaybeUninit<PageDesc>>(),
                pages,
            )
        };
        let arena_bytes = pages * PAGE_SIZE;
        let area = Area::new(NonNull::from(arena).cast::<u8>(), arena_bytes);
        Ok(Self {
            area,
            table: PageTable::new(descs),
            mark_stack,
            free_lists: [None; CLASS_COUNT],
            bytes_in_use: 0,
            bytes_overhead: 0,
            debt: 0,
            live_after_collection: 0,
            peak_bytes_in_use: 0,
            collections: 0,
            small_pages: [0; CLASS_COUNT],
            large_pages: 0,
            zeroed_region: false,
            touched: 0,
            metadata_bytes: len - arena_bytes,
            min_debt: (arena_bytes / 64).max(MIN_DEBT_FLOOR).min(arena_bytes / 4),
            _region: PhantomData,
        })
    }

    /// Allocates `size` bytes (header included) 16-byte aligned, ZEROED, with `kind` written in
    /// the header and the object unmarked. None when there is no room (the caller then collects
    /// and retries, and raises MemoryError if it still fails). Must never panic, whatever `size`.
    ///
    /// The whole block ([`Heap::block_size`] bytes) is zeroed, apart from `kind`. `kind` must
    /// not be [`FREE_KIND`] (such a request gets `None`), and the object model must never
    /// write [`FREE_KIND`] into a live header: the sweep would take the object for a free slot.
    #[inline]
    pub fn alloc(&mut self, size: usize, kind: u8) -> Option<NonNull<Header>> {
        if kind == FREE_KIND {
            return None;
        }
        let (block, block_size, dirty) = match class::class_of(size) {
            Some(class) => {
                let slot_size = class::slot_size(class);
                (self.pop_slot(class)?, slot_size, slot_size)
            }
            None => {
                let (block, size) = self.take_large(size)?;
                // Pages never handed out are still zero when the host promised a zeroed
                // region; only the part of the block below the high-water mark needs
                // clearing. Not "at or above the frontier": a sweep that frees the last used
                // pages lowers the frontier over pages that still hold old objects' bytes, and
                // a block taken there must be cleared like any other.
                let page = (block.addr().get() - self.area.page(0).addr().get()) >> PAGE_SHIFT;
                let dirty = if self.zeroed_region {
                    (self.touched.saturating_sub(page) * PAGE_SIZE).min(size)
                } else {
                    size
                };
                (block, size, dirty)
            }
        };
        self.touched = self.touched.max(self.table.frontier());
        // SAFETY: `block` is the start of `block_size` bytes of the arena that belong to no
        // object (a free slot just unlinked, or pages just taken from the pool), aligned to
        // ALIGN; nothing else refers to them. `dirty` is at most `block_size`.
        unsafe {
            // The header always; the rest of the first `dirty` bytes (the others are zero).
            block.cast::<Header>().as_ptr().write_bytes(0, 1);
            block.as_ptr().write_bytes(0, dirty);
            (*block.cast::<Header>().as_ptr()).kind = kind;
        }
        self.bytes_in_use += block_size;
        self.debt += block_size;
        self.peak_bytes_in_use = self.peak_bytes_in_use.max(self.bytes_in_use);
        Some(block.cast())
    }

    /// Unlinks the first free slot of `class`, formatting a fresh page when the list is empty.
    #[inline]
    fn pop_slot(&mut self, class: usize) -> Option<NonNull<u8>> {
        let slot = match self.free_lists[class] {
            Some(slot) => slot,
            None => self.format_page(class)?,
        };
        // SAFETY: free-list entries are free slots of this class inside the arena, written as
        // `FreeSlot`s by `format_page` or the sweep, and not referenced by anyone else.
        let FreeSlot { header, next } = unsafe { slot.read() };
        debug_assert_eq!(header, Header::FREE, "free list of class {class} corrupted");
        self.free_lists[class] = next;
        Some(slot.cast())
    }

    /// Takes the lowest free page for `class`, threads all its slots onto the class's (empty)
    /// free list, and returns the list's head.
    #[cold]
    #[inline(never)]
    fn format_page(&mut self, class: usize) -> Option<NonNull<FreeSlot>> {
        debug_assert!(self.free_lists[class].is_none());
        let page = self.table.take(1, Claim::Small(class))?;
        let size = class::slot_size(class);
        let slots = class::slots_per_page(class);
        let start = page << PAGE_SHIFT;
        for slot in 0..slots {
            let next = (slot + 1 < slots).then(|| self.area.at(start + (slot + 1) * size).cast());
            let this = self.area.at(start + slot * size).cast::<FreeSlot>();
            // SAFETY: the page was free, so its slots belong to no object; each slot lies
            // inside the page and is ALIGN-aligned, with room for a `FreeSlot` (16 bytes).
            unsafe {
                this.write(FreeSlot {
                    header: Header::FREE,
                    next,
                })
            };
        }
        self.small_pages[class] += 1;
        self.bytes_overhead += class::tail_waste(class);
        self.free_lists[class] = Some(self.area.at(start).cast());
        self.free_lists[class]
    }

    /// Takes a run of pages for a large object of `size` bytes: the block and its size.
    fn take_large(&mut self, size: usize) -> Option<(NonNull<u8>, usize)> {
        if size > self.area.len() {
            return None;
        }
        let pages = size.div_ceil(PAGE_SIZE);
        let page = self.table.take(pages, Claim::Large)?;
        self.large_pages += pages;
        Some((self.area.page(page), pages * PAGE_SIZE))
    }

    /// Declares that the region given to [`Heap::new`] was all zero bytes when it was handed
    /// over (fresh `calloc`/`mmap` pages, a zeroed `.bss`).
    ///
    /// # Safety
    /// Every byte of the region must have been zero before `new`, and nothing but this heap
    /// may have written to it since.
    pub unsafe fn assume_zeroed_region(&mut self) {
        self.zeroed_region = true;
    }

    /// Usable bytes of the block holding `obj` (>= the size asked for).
    ///
    /// 0 when `obj` is not inside an allocated object of this heap.
    pub fn block_size(&self, obj: NonNull<Header>) -> usize {
        locate(self.area, &self.table, obj.addr().get()).map_or(0, |(_, size)| size)
    }

    /// The growth policy says a collection is due (allocation since the last collection exceeds
    /// max(live bytes after the last collection, a minimum debt), or free space is low).
    ///
    /// See the module documentation for the numbers.
    pub fn wants_collection(&self) -> bool {
        let arena = self.area.len();
        let grown = self.debt > self.live_after_collection.max(self.min_debt);
        let cramped = self.bytes_free() < arena / 8 && self.debt >= arena / 32;
        grown || cramped
    }

    /// A full mark-sweep. `roots` marks the roots; `trace` is called exactly once for each
    /// object reached, to mark its children. Never allocates, never recurses deeply (explicit,
    /// fixed-capacity mark stack with an overflow fallback that rescans the heap for marked
    /// objects with unmarked children), never panics.
    pub fn collect(
        &mut self,
        roots: impl FnOnce(&mut Marker<'_>),
        trace: fn(NonNull<Header>, &mut Marker<'_>),
    ) -> CollectStats {
        let mut marker = Marker::new(self.area, &self.table, &mut *self.mark_stack);
        roots(&mut marker);
        marker.finish(trace);
        let (objects_marked, mark_stack_overflows, rescans) =
            (marker.marked, marker.overflows, marker.rescans);
        let swept = self.sweep();
        self.collections += 1;
        self.debt = 0;
        self.live_after_collection = self.bytes_in_use;
        CollectStats {
            objects_marked,
            objects_freed: swept.objects_freed,
            bytes_freed: swept.bytes_freed,
            bytes_live: self.bytes_in_use,
            pages_released: swept.pages_released,
            mark_stack_overflows,
            rescans,
        }
    }

    /// Bytes in use, bytes free, arena size, collections, peak bytes in use, pages by kind.
    pub fn stats(&self) -> HeapStats {
        let pages_small = self.small_pages.iter().map(|&pages| pages as usize).sum();
        let pages_total = self.table.pages();
        HeapStats {
            arena_bytes: self.area.len(),
            metadata_bytes: self.metadata_bytes,
            bytes_in_use: self.bytes_in_use,
            bytes_free: self.bytes_free(),
            bytes_overhead: self.bytes_overhead,
            peak_bytes_in_use: self.peak_bytes_in_use,
            bytes_since_collection: self.debt,
            collections: self.collections,
            pages_total,
            pages_free: pages_total - pages_small - self.large_pages,
            pages_above_frontier: pages_total - self.table.frontier(),
            pages_large: self.large_pages,
            pages_small,
            pages_by_class: self.small_pages,
        }
    }

    /// Whether `p` points into this heap's arena (allocated or not).
    pub fn contains(&self, p: *const u8) -> bool {
        self.area.offset_of(p.addr()).is_some()
    }

    /// The allocated object holding the byte at `p` (interior pointers count), as
    /// [`Marker::mark_word`] would find it; `None` outside allocated objects.
    pub fn find_object(&self, p: *const u8) -> Option<NonNull<Header>> {
        locate(self.area, &self.table, p.addr()).map(|(start, _)| self.area.header(start))
    }

    /// Calls `f` for every allocated object, in address order.
    pub fn for_each_object(&self, f: impl FnMut(NonNull<Header>)) {
        Objects::new(self.area, &self.table, 0).for_each(f);
    }

    /// Bytes available to allocation.
    fn bytes_free(&self) -> usize {
        self.area.len() - self.bytes_in_use - self.bytes_overhead
    }
}

impl fmt::Debug for Heap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Heap")
            .field("area", &self.area)
            .field("stats", &self.stats())
            .finish()
    }
}
