//! The mark phase: the [`Marker`] handed to root and trace callbacks, conservative lookups, and
//! the explicit mark stack with its overflow fallback.
//!
//! Marking never recurses. A newly marked object is pushed on a fixed stack in the region; the
//! collector pops objects and calls the trace callback once for each. When the stack is full,
//! the object is marked *deferred* instead (the `DEFERRED` bit next to `MARKED` in
//! [`Header::gc`]). Once the stack drains, the collector rescans the heap, from the lowest
//! deferred object up, tracing each deferred object it meets (and draining the stack after
//! each); it repeats until nothing is deferred. Every object is traced exactly once: either
//! when it is popped or when a rescan finds it deferred, never both.

use core::ptr::NonNull;

use super::arch;
use super::class;
use super::page::{Area, PageDesc, PageTable};
use super::{FREE_KIND, Header, PAGE_SHIFT, PAGE_SIZE};

/// `Header::gc` bit: the object has been reached in the current collection.
pub(super) const MARKED: u8 = 1 << 0;
/// `Header::gc` bit: the object is marked but not traced yet, because the mark stack was full.
pub(super) const DEFERRED: u8 = 1 << 1;

/// Finds the allocated object holding the byte at `addr`: the area offset of its header and
/// its block size. `None` for addresses outside the area, in free pages, in a page's tail or
/// in a free slot.
#[inline]
pub(super) fn locate(area: Area, table: &PageTable<'_>, addr: usize) -> Option<(usize, usize)> {
    let offset = area.offset_of(addr)?;
    let page = offset >> PAGE_SHIFT;
    let page_start = page << PAGE_SHIFT;
    match table.get(page) {
        PageDesc::Free { .. } => None,
        PageDesc::Small { class } => {
            let class = usize::from(class);
            let slot = class::slot_index(class, offset - page_start);
            if slot >= class::slots_per_page(class) {
                return None;
            }
            let size = class::slot_size(class);
            let start = page_start + slot * size;
            // SAFETY: `start` is a slot of a formatted small page, and every slot header there
            // is initialised (by the formatting, by `alloc` or by the sweep).
            let kind = unsafe { (*area.header(start).as_ptr()).kind };
            (kind != FREE_KIND).then_some((start, size))
        }
        PageDesc::LargeHead { pages } => Some((page_start, pages as usize * PAGE_SIZE)),
        PageDesc::LargeTail { head } => {
            let head = head as usize;
            match table.get(head) {
                PageDesc::LargeHead { pages } => {
                    Some((head << PAGE_SHIFT, pages as usize * PAGE_SIZE))
                }
                _ => None,
            }
        }
    }
}

/// Walks the allocated objects from a page boundary upwards, in address order.
pub(super) struct Objects<'h> {
    /// The object area.
    area: Area,
    /// Descriptors of the area's pages.
    table: &'h PageTable<'h>,
    /// Page being walked.
    page: usize,
    /// Next slot to look at when `page` is a small page.
    slot: usize,
}

impl<'h> Objects<'h> {
    /// A walk starting at page `page`.
    pub(super) fn new(area: Area, table: &'h PageTable<'h>, page: usize) -> Self {
        Self {
            area,
            table,
            page,
            slot: 0,
        }
    }
}

impl Iterator for Objects<'_> {
    type Item = NonNull<Header>;

    fn next(&mut self) -> Option<NonNull<Header>> {
        while self.page < self.table.frontier() {
            match self.table.get(self.page) {
                PageDesc::Small { class } => {
                    let class = usize::from(class);
                    let size = class::slot_size(class);
                    while self.slot < class::slots_per_page(class) {
                        let obj = self
                            .area
                            .header((self.page << PAGE_SHIFT) + self.slot * size);
                        self.slot += 1;
                        // SAFETY: slot headers of formatted small pages are initialised.
                        if unsafe { (*obj.as_ptr()).kind } != FREE_KIND {
                            return Some(obj);
                        }
                    }
                    self.page += 1;
                    self.slot = 0;
                }
                PageDesc::LargeHead { pages } => {
                    let obj = self.area.page(self.page).cast();
                    self.page += (pages as usize).max(1);
                    return Some(obj);
                }
                PageDesc::Free { .. } | PageDesc::LargeTail { .. } => {
                    self.page += self.table.span(self.page);
                }
            }
        }
        None
    }
}

/// Marks objects during a collection: the argument of the root and trace callbacks.
pub struct Marker<'h> {
    /// The object area.
    area: Area,
    /// Descriptors of the area's pages (read only while marking).
    table: &'h PageTable<'h>,
    /// The mark stack: area offsets of marked objects waiting to be traced.
    stack: &'h mut [usize],
    /// Entries in use on `stack`.
    depth: usize,
    /// Objects marked `DEFERRED` and not traced yet.
    deferred: usize,
    /// Lowest area offset of an object deferred since the last rescan began.
    lowest_deferred: usize,
    /// Objects marked so far.
    pub(super) marked: usize,
    /// Objects deferred because the stack was full.
    pub(super) overflows: usize,
    /// Rescan passes over the heap.
    pub(super) rescans: usize,
}

impl<'h> Marker<'h> {
    /// A marker with an empty stack.
    pub(super) fn new(area: Area, table: &'h PageTable<'h>, stack: &'h mut [usize]) -> Self {
        Self {
            area,
            table,
            stack,
            depth: 0,
            deferred: 0,
            lowest_deferred: usize::MAX,
            marked: 0,
            overflows: 0,
            rescans: 0,
        }
    }

    /// Marks an object known to be a live object start (precise).
    ///
    /// Pointers outside this heap's arena are ignored, so objects the embedder keeps elsewhere
    /// (immortal statics, say) can be passed as they are. A pointer into the arena that is not
    /// the start of an allocated object is a bug in the caller: debug builds panic, release
    /// builds ignore it (the heap is never written on its behalf).
    #[inline]
    pub fn mark(&mut self, obj: NonNull<Header>) {
        let addr = obj.addr().get();
        if self.area.offset_of(addr).is_none() {
            return;
        }
        match locate(self.area, self.table, addr) {
            Some((start, _)) if self.area.header(start) == obj => self.mark_at(start),
            _ => debug_assert!(
                false,
                "Marker::mark: {obj:p} is not the start of a live object"
            ),
        }
    }

    /// Marks `obj` if it is the start of an allocated object and ignores it otherwise, in
    /// every build: for roots that may legitimately hold a stale pointer (a value-stack cell a
    /// frame popped, whose object may have been freed since). Unlike [`Marker::mark_word`],
    /// a pointer into the middle of an object keeps nothing alive.
    #[inline]
    pub fn mark_if_live(&mut self, obj: NonNull<Header>) {
        let addr = obj.addr().get();
        if let Some((start, _)) = locate(self.area, self.table, addr)
            && self.area.header(start) == obj
        {
            self.mark_at(start);
        }
    }

    /// Conservative: if `word` points anywhere inside an allocated (non-free) object, mark that
    /// object. Anything else is ignored.
    #[inline]
    pub fn mark_word(&mut self, word: usize) {
        if let Some((start, _)) = locate(self.area, self.table, word) {
            self.mark_at(start);
        }
    }

    /// Conservative scan of every aligned usize in [start, end).
    ///
    /// Words are loaded with a machine load rather than a Rust read, so stack padding and dead
    /// slots are fine to scan.
    ///
    /// # Safety
    /// The range must be readable memory.
    pub unsafe fn scan_range(&mut self, start: *const usize, end: *const usize) {
        const WORD: usize = size_of::<usize>();
        let Some(first) = start.addr().checked_next_multiple_of(WORD) else {
            return;
        };
        let mut word = start.with_addr(first);
        while word.addr() < end.addr() && end.addr() - word.addr() >= WORD {
            // SAFETY: `word` is aligned and its 8 bytes lie inside [start, end), which the
            // caller guarantees readable.
            let value = unsafe { arch::load_word(word) };
            self.mark_word(value);
            word = word.wrapping_add(1);
        }
    }

    /// Marks the allocated object at area offset `start`, if it is not marked yet.
    #[inline]
    fn mark_at(&mut self, start: usize) {
        let header = self.area.header(start).as_ptr();
        // SAFETY: `start` is the start of an allocated object (checked by `locate`), so its
        // header is initialised; during a collection nobody else accesses it.
        let gc = unsafe { (*header).gc };
        if gc & MARKED != 0 {
            return;
        }
        self.marked += 1;
        let gc = if self.depth < self.stack.len() {
            self.stack[self.depth] = start;
            self.depth += 1;
            gc | MARKED
        } else {
            self.deferred += 1;
            self.overflows += 1;
            self.lowest_deferred = self.lowest_deferred.min(start);
            gc | MARKED | DEFERRED
        };
        // SAFETY: as above.
        unsafe { (*header).gc = gc };
    }

    /// Traces every marked object until the stack is empty and nothing is deferred.
    pub(super) fn finish(&mut self, trace: fn(NonNull<Header>, &mut Marker<'_>)) {
        self.drain(trace);
        while self.deferred > 0 {
            self.rescan(trace);
        }
    }

    /// Pops and traces objects until the stack is empty.
    fn drain(&mut self, trace: fn(NonNull<Header>, &mut Marker<'_>)) {
        while self.depth > 0 {
            self.depth -= 1;
            let obj = self.area.header(self.stack[self.depth]);
            trace(obj, self);
        }
    }

    /// One pass over the heap from the lowest deferred object: traces each deferred object
    /// found (draining the stack after each), until none is left or the heap ends.
    fn rescan(&mut self, trace: fn(NonNull<Header>, &mut Marker<'_>)) {
        self.rescans += 1;
        let first_page = self.lowest_deferred >> PAGE_SHIFT;
        self.lowest_deferred = usize::MAX;
        let mut found = 0;
        for obj in Objects::new(self.area, self.table, first_page) {
            if self.deferred == 0 {
                return;
            }
            let header = obj.as_ptr();
            // SAFETY: `Objects` yields allocated objects, whose headers are initialised.
            let gc = unsafe { (*header).gc };
            if gc & DEFERRED != 0 {
                // SAFETY: as above.
                unsafe { (*header).gc = gc & !DEFERRED };
                self.deferred -= 1;
                found += 1;
                trace(obj, self);
                self.drain(trace);
            }
        }
        if found == 0 {
            // Unreachable while the counts are right; giving up beats looping forever.
            debug_assert!(
                false,
                "{} deferred objects not found by a rescan",
                self.deferred
            );
            self.deferred = 0;
        }
    }
}
