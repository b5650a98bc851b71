//! The sweep: frees unmarked objects, returns empty pages to the pool, clears marks, merges
//! free runs and rebuilds the free lists, all in one pass over the pages in address order.

use core::ptr::NonNull;

use super::class::{self, CLASS_COUNT};
use super::mark::MARKED;
use super::page::PageDesc;
use super::{FREE_KIND, FreeSlot, Header, Heap, PAGE_SHIFT, PAGE_SIZE};

/// What a sweep freed.
#[derive(Debug, Default)]
pub(super) struct Swept {
    /// Objects freed.
    pub(super) objects_freed: usize,
    /// Block bytes freed.
    pub(super) bytes_freed: usize,
    /// Pages returned to the pool.
    pub(super) pages_released: usize,
}

/// Free lists under construction: appending keeps them in address order.
struct ListBuilder {
    /// First slot of each class's list.
    heads: [Option<NonNull<FreeSlot>>; CLASS_COUNT],
    /// Last slot of each class's list.
    tails: [Option<NonNull<FreeSlot>>; CLASS_COUNT],
}

impl ListBuilder {
    /// Appends the free slot `slot`, whose link is already `None`, to `class`'s list.
    fn append(&mut self, class: usize, slot: NonNull<FreeSlot>) {
        match self.tails[class] {
            // SAFETY: `tail` is a free slot appended earlier in this sweep; it stays free
            // (only this sweep touches it), so its link is ours to write.
            Some(tail) => unsafe { (*tail.as_ptr()).next = Some(slot) },
            None => self.heads[class] = Some(slot),
        }
        self.tails[class] = Some(slot);
    }

    /// Drops everything appended to `class`'s list after `tail` (the list's tail back then).
    fn truncate(&mut self, class: usize, tail: Option<NonNull<FreeSlot>>) {
        match tail {
            // SAFETY: as in `append`.
            Some(tail) => unsafe { (*tail.as_ptr()).next = None },
            None => self.heads[class] = None,
        }
        self.tails[class] = tail;
    }
}

impl Heap<'_> {
    /// Sweeps every page below the frontier; afterwards the counters describe what survived.
    pub(super) fn sweep(&mut self) -> Swept {
        let mut swept = Swept::default();
        let mut lists = ListBuilder {
            heads: [None; CLASS_COUNT],
            tails: [None; CLASS_COUNT],
        };
        self.bytes_in_use = 0;
        self.bytes_overhead = 0;
        self.small_pages = [0; CLASS_COUNT];
        self.large_pages = 0;
        self.table.begin_rebuild();
        let frontier = self.table.frontier();
        // First page of the free run being gathered.
        let mut run: Option<usize> = None;
        let mut page = 0;
        while page < frontier {
            let (span, free) = match self.table.get(page) {
                PageDesc::Free { .. } => (1, true),
                PageDesc::Small { class } => {
                    let class = usize::from(class);
                    let live = self.sweep_small_page(page, class, &mut lists, &mut swept);
                    if live == 0 {
                        swept.pages_released += 1;
                    } else {
                        self.small_pages[class] += 1;
                        self.bytes_in_use += live * class::slot_size(class);
                        self.bytes_overhead += class::tail_waste(class);
                    }
                    (1, live == 0)
                }
                PageDesc::LargeHead { pages } => {
                    let pages = (pages as usize).max(1);
                    let live = self.sweep_large(page, pages, &mut swept);
                    if live {
                        self.large_pages += pages;
                        self.bytes_in_use += pages * PAGE_SIZE;
                    } else {
                        swept.pages_released += pages;
                    }
                    (pages, !live)
                }
                PageDesc::LargeTail { .. } => {
                    debug_assert!(false, "sweep met the tail page {page} of a large object");
                    (1, false)
                }
            };
            if free {
                for free_page in page..page + span {
                    self.table.set(free_page, PageDesc::Free { run: 0 });
                }
                run.get_or_insert(page);
            } else if let Some(start) = run.take() {
                self.table.close_run(start, page);
            }
            page += span;
        }
        if let Some(start) = run {
            self.table.retract(start);
        }
        self.free_lists = lists.heads;
        swept
    }

    /// Sweeps the small page `page` of `class`: frees its unmarked objects, unmarks the others
    /// and appends its free slots to `lists` (or none, if the whole page is free). Returns
    /// the number of live objects.
    fn sweep_small_page(
        &mut self,
        page: usize,
        class: usize,
        lists: &mut ListBuilder,
        swept: &mut Swept,
    ) -> usize {
        let size = class::slot_size(class);
        let tail_before = lists.tails[class];
        let mut live = 0;
        for slot in 0..class::slots_per_page(class) {
            let free_slot = self
                .area
                .at((page << PAGE_SHIFT) + slot * size)
                .cast::<FreeSlot>();
            let header = free_slot.cast::<Header>().as_ptr();
            // SAFETY: slot headers of formatted small pages are initialised, and during a
            // collection nobody else accesses the heap.
            let Header { kind, gc, .. } = unsafe { header.read() };
            if kind != FREE_KIND {
                if gc & MARKED != 0 {
                    // SAFETY: as above.
                    unsafe { (*header).gc = 0 };
                    live += 1;
                    continue;
                }
                swept.objects_freed += 1;
                swept.bytes_freed += size;
                // SAFETY: the slot's `size` bytes lie in the page and belong to a dead object.
                #[cfg(debug_assertions)]
                unsafe {
                    free_slot
                        .cast::<u8>()
                        .as_ptr()
                        .write_bytes(super::POISON, size);
                }
            }
            // SAFETY: the slot is free, lies in the page, is ALIGN-aligned and at least 16
            // bytes long.
            unsafe {
                free_slot.write(FreeSlot {
                    header: Header::FREE,
                    next: None,
                })
            };
            lists.append(class, free_slot);
        }
        if live == 0 {
            lists.truncate(class, tail_before);
        }
        live
    }

    /// Sweeps the large object on the `pages` pages from `page`: unmarks it and returns true if
    /// it is marked, otherwise counts it freed and returns false.
    fn sweep_large(&mut self, page: usize, pages: usize, swept: &mut Swept) -> bool {
        let header = self.area.page(page).cast::<Header>().as_ptr();
        // SAFETY: a large object's header is written by `alloc` before the object is handed
        // out, and during a collection nobody else accesses the heap.
        let gc = unsafe { (*header).gc };
        if gc & MARKED != 0 {
            // SAFETY: as above.
            unsafe { (*header).gc = 0 };
            return true;
        }
        swept.objects_freed += 1;
        swept.bytes_freed += pages * PAGE_SIZE;
        // SAFETY: the object's pages lie in the arena and belong to a dead object.
        #[cfg(debug_assertions)]
        unsafe {
            header
                .cast::<u8>()
                .write_bytes(super::POISON, pages * PAGE_SIZE);
        }
        false
    }
}
