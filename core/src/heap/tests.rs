//! Tests of the heap: allocation, collection, conservative lookup, native stack scanning, and a
//! property test over random operation sequences.
//!
//! The tests play the object model with three kinds of objects:
//!
//! ```text
//!  NODE   [Header | next: Option<NonNull<Header>> | id: u64 | payload bytes (id + i) ...]
//!  ARRAY  [Header, extra = n | child 0 | child 1 | ... | child n-1]
//!  LEAF   [Header | anything]
//! ```
//!
//! The trace function counts its calls per object in `Header::flags`.

use std::collections::BTreeMap;
use std::vec::Vec;

use core::hint::black_box;
use proptest::prelude::*;

use super::class::{class_of, slot_index, slot_size, slots_per_page, tail_waste};
use super::*;

/// A node: a `next` link, an id and a payload pattern.
const NODE: u8 = 1;
/// An array of `extra` child pointers.
const ARRAY: u8 = 2;
/// An object without children.
const LEAF: u8 = 3;

/// Offset of a node's `next` link.
const NEXT: usize = 8;
/// Offset of a node's id.
const ID: usize = 16;
/// Offset of a node's payload.
const PAYLOAD: usize = 24;

/// A region of `len` bytes filled with a pattern, so missing zeroing shows.
fn region(len: usize) -> Vec<MaybeUninit<u8>> {
    vec![MaybeUninit::new(0xA5); len]
}

/// Pointer to byte `offset` of `obj`.
fn byte(obj: NonNull<Header>, offset: usize) -> *mut u8 {
    obj.cast::<u8>().as_ptr().wrapping_add(offset)
}

/// Reads the pointer field at `offset` of a live test object.
fn read_ptr(obj: NonNull<Header>, offset: usize) -> Option<NonNull<Header>> {
    // SAFETY: the tests only call this on live objects they allocated with a pointer field at
    // `offset` (16-byte aligned block, 8-byte aligned field).
    unsafe { byte(obj, offset).cast::<Option<NonNull<Header>>>().read() }
}

/// Writes the pointer field at `offset` of a live test object.
fn write_ptr(obj: NonNull<Header>, offset: usize, value: Option<NonNull<Header>>) {
    // SAFETY: as in `read_ptr`.
    unsafe {
        byte(obj, offset)
            .cast::<Option<NonNull<Header>>>()
            .write(value)
    }
}

/// A copy of the header of a live test object.
fn header(obj: NonNull<Header>) -> Header {
    // SAFETY: the tests only call this on live objects (or on free slots they know of).
    unsafe { obj.read() }
}

/// Trace function of the test object model.
fn trace(obj: NonNull<Header>, marker: &mut Marker<'_>) {
    let header = obj.as_ptr();
    // SAFETY: the collector passes live objects, all allocated by the tests with the layouts
    // in the module documentation.
    let (kind, children) = unsafe {
        (*header).flags += 1;
        ((*header).kind, (*header).extra as usize)
    };
    match kind {
        NODE => {
            if let Some(next) = read_ptr(obj, NEXT) {
                marker.mark(next);
            }
        }
        ARRAY => {
            for child in 0..children {
                if let Some(child) = read_ptr(obj, 8 + 8 * child) {
                    marker.mark(child);
                }
            }
        }
        LEAF => {}
        other => panic!("trace called on an object of kind {other}"),
    }
}

/// Allocates a node of `size` bytes (at least 24) with `id` and its payload pattern.
#[track_caller]
fn node(heap: &mut Heap<'_>, size: usize, id: u64) -> NonNull<Header> {
    try_node(heap, size, id).expect("node allocation failed")
}

/// Allocates a node, or `None` when the heap is full.
fn try_node(heap: &mut Heap<'_>, size: usize, id: u64) -> Option<NonNull<Header>> {
    assert!(size >= PAYLOAD);
    let obj = heap.alloc(size, NODE)?;
    // SAFETY: the block holds at least `size` bytes and is 16-byte aligned.
    unsafe {
        byte(obj, ID).cast::<u64>().write(id);
        for i in PAYLOAD..size {
            byte(obj, i).write(pattern(id, i));
        }
    }
    Some(obj)
}

/// Payload byte `i` of node `id`.
fn pattern(id: u64, i: usize) -> u8 {
    (id as u8).wrapping_mul(31).wrapping_add(i as u8)
}

/// Checks that `obj` is still node `id` of `size` bytes with its payload intact.
#[track_caller]
fn check_node(obj: NonNull<Header>, size: usize, id: u64) {
    assert_eq!(header(obj).kind, NODE, "node {id} lost its kind");
    // SAFETY: `obj` is a live node of `size` bytes.
    unsafe {
        assert_eq!(
            byte(obj, ID).cast::<u64>().read(),
            id,
            "node {id} lost its id"
        );
        for i in PAYLOAD..size {
            assert_eq!(
                byte(obj, i).read(),
                pattern(id, i),
                "node {id} payload byte {i}"
            );
        }
    }
}

/// Allocates an array of `children` child slots (all null).
#[track_caller]
fn array(heap: &mut Heap<'_>, children: usize) -> NonNull<Header> {
    let obj = heap
        .alloc(8 + 8 * children, ARRAY)
        .expect("array allocation failed");
    // SAFETY: `obj` was just allocated.
    unsafe { (*obj.as_ptr()).extra = children as u32 };
    obj
}

/// Collects with `roots` as precise roots.
fn collect_precise(heap: &mut Heap<'_>, roots: &[NonNull<Header>]) -> CollectStats {
    heap.collect(
        |marker| {
            for &root in roots {
                marker.mark(root);
            }
        },
        trace,
    )
}

/// Collects with nothing rooted.
fn collect_all(heap: &mut Heap<'_>) -> CollectStats {
    collect_precise(heap, &[])
}

/// All allocated objects, in address order.
fn objects(heap: &Heap<'_>) -> Vec<NonNull<Header>> {
    let mut all = Vec::new();
    heap.for_each_object(|obj| all.push(obj));
    all
}

/// Checks `bytes_in_use + bytes_free + bytes_overhead == arena_bytes` and the page counts.
#[track_caller]
fn check_stats(heap: &Heap<'_>) {
    let stats = heap.stats();
    assert_eq!(
        stats.bytes_in_use + stats.bytes_free + stats.bytes_overhead,
        stats.arena_bytes
    );
    assert_eq!(stats.arena_bytes, stats.pages_total * PAGE_SIZE);
    assert_eq!(
        stats.pages_free + stats.pages_small + stats.pages_large,
        stats.pages_total
    );
    assert!(stats.pages_above_frontier <= stats.pages_free);
    assert_eq!(
        stats
            .pages_by_class
            .iter()
            .map(|&n| n as usize)
            .sum::<usize>(),
        stats.pages_small
    );
    assert!(stats.peak_bytes_in_use >= stats.bytes_in_use);
}

/// Walks every page, slot and free list and checks the heap's invariants against its
/// counters. Panics on the first violation.
#[track_caller]
fn verify(heap: &Heap<'_>) {
    check_stats(heap);
    let table = &heap.table;
    let area = heap.area;
    let frontier = table.frontier();
    let mut in_use = 0;
    let mut overhead = 0;
    let mut small_pages = [0u32; CLASS_COUNT];
    let mut large_pages = 0;
    let mut free_slots = [0usize; CLASS_COUNT];
    let mut first_run = None;
    let mut previous_free = false;
    let mut page = 0;
    while page < frontier {
        match table.get(page) {
            PageDesc::Free { run } => {
                let run = run as usize;
                assert!(
                    run >= 1,
                    "page {page}: a walk met a free page that starts no run"
                );
                assert!(!previous_free, "page {page}: two free runs side by side");
                assert!(
                    page + run < frontier,
                    "the free run at {page} reaches the frontier"
                );
                for inner in page..page + run {
                    assert!(matches!(table.get(inner), PageDesc::Free { .. }));
                }
                first_run.get_or_insert(page);
                previous_free = true;
                page += run;
                continue;
            }
            PageDesc::Small { class } => {
                let class = usize::from(class);
                small_pages[class] += 1;
                overhead += tail_waste(class);
                for slot in 0..slots_per_page(class) {
                    let obj = area.header((page << PAGE_SHIFT) + slot * slot_size(class));
                    let h = header(obj);
                    assert_eq!(h.gc, 0, "slot {slot} of page {page} keeps gc bits");
                    if h.kind == FREE_KIND {
                        free_slots[class] += 1;
                    } else {
                        in_use += slot_size(class);
                    }
                }
                page += 1;
            }
            PageDesc::LargeHead { pages } => {
                let pages = pages as usize;
                assert!(pages >= 1);
                let h = header(area.page(page).cast());
                assert_ne!(
                    h.kind, FREE_KIND,
                    "large object at page {page} has a free header"
                );
                assert_eq!(h.gc, 0, "large object at page {page} keeps gc bits");
                for tail in page + 1..page + pages {
                    assert_eq!(table.get(tail), PageDesc::LargeTail { head: page as u32 });
                }
                in_use += pages * PAGE_SIZE;
                large_pages += pages;
                page += pages;
            }
            PageDesc::LargeTail { .. } => panic!("a walk met the tail page {page}"),
        }
        previous_free = false;
    }
    assert_eq!(page, frontier, "the last unit overshoots the frontier");
    assert!(
        table.first_free() <= first_run.unwrap_or(frontier),
        "first_free skips a free run"
    );
    assert_eq!(in_use, heap.bytes_in_use, "bytes in use");
    assert_eq!(overhead, heap.bytes_overhead, "page tail bytes");
    assert_eq!(small_pages, heap.small_pages, "small pages per class");
    assert_eq!(large_pages, heap.large_pages, "large pages");
    for (class, &free_count) in free_slots.iter().enumerate() {
        let mut count = 0;
        let mut previous = 0;
        let mut slot = heap.free_lists[class];
        while let Some(free) = slot {
            let addr = free.addr().get();
            assert!(
                addr > previous,
                "free list of class {class} is not in address order"
            );
            previous = addr;
            let offset = area.offset_of(addr).expect("free slot outside the arena");
            let page = offset >> PAGE_SHIFT;
            assert_eq!(table.get(page), PageDesc::Small { class: class as u8 });
            assert_eq!(
                (offset % PAGE_SIZE) % slot_size(class),
                0,
                "misaligned free slot"
            );
            // SAFETY: free-list entries are free slots.
            let FreeSlot { header, next } = unsafe { free.read() };
            assert_eq!(header, Header::FREE);
            count += 1;
            slot = next;
        }
        assert_eq!(
            count, free_count,
            "free slots of class {class} missing from its list"
        );
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    /// The next 64 random bits.
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `range`.
    fn in_range(&mut self, range: core::ops::RangeInclusive<usize>) -> usize {
        range.start() + (self.next() as usize) % (range.end() - range.start() + 1)
    }
}

#[test]
fn core_types_have_their_sizes() {
    assert_eq!(size_of::<Header>(), 8);
    assert_eq!(size_of::<PageDesc>(), 8);
    assert_eq!(size_of::<FreeSlot>(), 16);
    assert_eq!(MARK_STACK_CAPACITY, 1024);
}

#[test]
fn class_lookup_picks_the_smallest_fitting_class() {
    for size in 0..=MAX_SMALL_SIZE {
        let class = class_of(size).unwrap();
        assert!(SIZE_CLASSES[class] >= size.max(1), "size {size}");
        assert!(class == 0 || SIZE_CLASSES[class - 1] < size, "size {size}");
    }
    assert_eq!(class_of(MAX_SMALL_SIZE + 1), None);
    assert_eq!(class_of(usize::MAX), None);
}

#[test]
fn reciprocal_slot_index_matches_division() {
    for class in 0..CLASS_COUNT {
        for offset in 0..PAGE_SIZE {
            assert_eq!(
                slot_index(class, offset),
                offset / slot_size(class),
                "class {class}"
            );
        }
    }
}

#[test]
fn size_class_waste_is_bounded() {
    for size in 1..=MAX_SMALL_SIZE {
        let block = slot_size(class_of(size).unwrap());
        let waste = block - size;
        assert!(
            waste <= 15 || waste * 4 <= block || size > 2720,
            "size {size} wastes {waste}"
        );
        assert!(
            waste <= 15 || waste * 100 <= block * 34,
            "size {size} wastes {waste}"
        );
    }
    for class in 0..CLASS_COUNT {
        assert!(tail_waste(class) <= 192, "class {class}");
    }
}

#[test]
fn new_rejects_regions_that_are_too_small() {
    let mut buf = region(MIN_REGION_LEN + ALIGN);
    for len in [0, 1, 100, PAGE_SIZE, MIN_REGION_LEN - ALIGN] {
        for shift in 0..ALIGN {
            let err = Heap::new(&mut buf[shift..shift + len]).unwrap_err();
            assert_eq!(
                err,
                HeapError::RegionTooSmall {
                    len,
                    min: MIN_REGION_LEN
                }
            );
        }
    }
    let text = std::format!(
        "{}",
        HeapError::RegionTooSmall {
            len: 3,
            min: MIN_REGION_LEN
        }
    );
    assert!(text.contains("too small"), "{text}");
}

#[test]
fn new_accepts_the_minimum_region_at_any_alignment() {
    let mut buf = region(MIN_REGION_LEN + ALIGN);
    for shift in 0..ALIGN {
        let mut heap = Heap::new(&mut buf[shift..shift + MIN_REGION_LEN]).unwrap();
        let stats = heap.stats();
        assert_eq!(stats.pages_total, MIN_PAGES);
        assert_eq!(stats.arena_bytes + stats.metadata_bytes, MIN_REGION_LEN);
        let obj = heap.alloc(24, NODE).unwrap();
        assert_eq!(obj.addr().get() % ALIGN, 0);
        verify(&heap);
    }
}

#[test]
fn allocations_are_zeroed_aligned_and_kinded() {
    let mut buf = region(24 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let sizes: Vec<usize> = (0..=MAX_SMALL_SIZE)
        .chain([4097, 8191, 8192, 8193, 20_000, 65_536, 1_000_000])
        .collect();
    for round in 0..2 {
        let mut all = Vec::new();
        for &size in &sizes {
            let kind = (size % 255) as u8 + 1;
            let obj = heap.alloc(size, kind).unwrap();
            assert_eq!(obj.addr().get() % ALIGN, 0, "size {size}");
            assert_eq!(
                header(obj),
                Header {
                    kind,
                    gc: 0,
                    flags: 0,
                    extra: 0
                },
                "size {size}"
            );
            let block = heap.block_size(obj);
            assert!(
                block >= size && block >= 16,
                "size {size} got block {block}"
            );
            for i in 1..block {
                // SAFETY: the block holds `block` bytes.
                let value = unsafe { byte(obj, i).read() };
                assert_eq!(value, 0, "size {size} byte {i} (round {round})");
            }
            // Dirty the block past `kind` and `gc` (the collector's byte), so the next round sees
            // whether reuse zeroes it again.
            // SAFETY: as above.
            unsafe { byte(obj, 2).write_bytes(0x5C, block - 2) };
            all.push(obj);
        }
        verify(&heap);
        let stats = collect_all(&mut heap);
        assert_eq!(stats.objects_freed, all.len());
        assert_eq!(heap.stats().bytes_in_use, 0);
        verify(&heap);
    }
}

#[test]
fn block_size_is_the_class_size_or_the_run() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    for &size in &SIZE_CLASSES {
        let obj = heap.alloc(size, LEAF).unwrap();
        assert_eq!(heap.block_size(obj), size);
        let interior = NonNull::new(byte(obj, size - 1).cast::<Header>()).unwrap();
        assert_eq!(heap.block_size(interior), size);
    }
    for (size, pages) in [(4097, 1), (8192, 1), (8193, 2), (3 * PAGE_SIZE, 3)] {
        let obj = heap.alloc(size, LEAF).unwrap();
        assert_eq!(heap.block_size(obj), pages * PAGE_SIZE);
    }
    let mut outside = Header::FREE;
    assert_eq!(heap.block_size(NonNull::from(&mut outside)), 0);
}

#[test]
fn exhaustion_returns_none_and_collection_recovers() {
    let mut buf = region(256 << 10);
    let mut heap = Heap::new(&mut buf).unwrap();
    let fill = |heap: &mut Heap<'_>| {
        let mut count = 0;
        while heap.alloc(64, LEAF).is_some() {
            count += 1;
        }
        count
    };
    let first = fill(&mut heap);
    assert_eq!(first, heap.stats().pages_total * (PAGE_SIZE / 64));
    assert_eq!(heap.alloc(16, LEAF), None);
    assert_eq!(heap.alloc(5000, LEAF), None);
    assert_eq!(heap.stats().bytes_free, 0);
    check_stats(&heap);
    verify(&heap);
    let stats = collect_all(&mut heap);
    assert_eq!(stats.objects_freed, first);
    assert_eq!(stats.pages_released, heap.stats().pages_total);
    verify(&heap);
    assert_eq!(fill(&mut heap), first);
}

#[test]
fn absurd_sizes_return_none() {
    let mut buf = region(256 << 10);
    let mut heap = Heap::new(&mut buf).unwrap();
    let arena = heap.stats().arena_bytes;
    for size in [
        usize::MAX,
        usize::MAX - 15,
        isize::MAX as usize,
        arena + 1,
        arena + PAGE_SIZE,
    ] {
        assert_eq!(heap.alloc(size, LEAF), None, "size {size}");
    }
    assert_eq!(heap.alloc(64, FREE_KIND), None);
    check_stats(&heap);
    let whole = heap.alloc(arena, LEAF).unwrap();
    assert_eq!(heap.block_size(whole), arena);
    assert_eq!(heap.alloc(16, LEAF), None);
    verify(&heap);
}

#[test]
fn collect_frees_the_unreachable_and_keeps_the_reachable() {
    let mut buf = region(4 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let mut rng = Rng(7);
    let mut build = |heap: &mut Heap<'_>, first_id: u64| {
        let mut list = Vec::new();
        let mut head = None;
        for id in first_id..first_id + 100 {
            let size = if id % 10 == 0 {
                rng.in_range(4097..=30_000)
            } else {
                rng.in_range(24..=3000)
            };
            let obj = node(heap, size, id);
            write_ptr(obj, NEXT, head);
            head = Some(obj);
            list.push((obj, size, id));
        }
        (head.unwrap(), list)
    };
    let (kept, kept_list) = build(&mut heap, 0);
    let (_, dropped_list) = build(&mut heap, 1000);
    let stats = collect_precise(&mut heap, &[kept]);
    assert_eq!(stats.objects_marked, 100);
    assert_eq!(stats.objects_freed, 100);
    verify(&heap);
    for &(obj, size, id) in &kept_list {
        check_node(obj, size, id);
        assert_eq!(header(obj).flags, 1, "node {id} traced once");
    }
    for &(obj, _, id) in &dropped_list {
        assert_eq!(
            heap.find_object(obj.as_ptr().cast()),
            None,
            "node {id} survived"
        );
    }
    let live: usize = kept_list
        .iter()
        .map(|&(obj, _, _)| heap.block_size(obj))
        .sum();
    assert_eq!(heap.stats().bytes_in_use, live);
    assert_eq!(stats.bytes_live, live);

    let stats = collect_all(&mut heap);
    assert_eq!(stats.objects_freed, 100);
    let after = heap.stats();
    assert_eq!(after.bytes_in_use, 0);
    assert_eq!((after.pages_small, after.pages_large), (0, 0));
    assert_eq!(after.pages_above_frontier, after.pages_total);
    verify(&heap);
}

#[test]
fn interior_pointers_find_and_keep_their_objects() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let sizes: Vec<usize> = SIZE_CLASSES
        .iter()
        .copied()
        .chain([4097, 3 * PAGE_SIZE - 5])
        .collect();
    let all: Vec<_> = sizes
        .iter()
        .map(|&size| (heap.alloc(size, LEAF).unwrap(), size))
        .collect();
    let doomed = heap.alloc(100, LEAF).unwrap();
    for &(obj, _) in &all {
        let block = heap.block_size(obj);
        for offset in 0..block {
            assert_eq!(
                heap.find_object(byte(obj, offset)),
                Some(obj),
                "offset {offset}"
            );
        }
    }
    // The last byte of each block is the only reference to it.
    let last_bytes: Vec<usize> = all
        .iter()
        .map(|&(obj, _)| obj.addr().get() + heap.block_size(obj) - 1)
        .collect();
    let stats = heap.collect(
        |marker| {
            for &word in &last_bytes {
                marker.mark_word(word);
            }
        },
        trace,
    );
    assert_eq!(stats.objects_marked, all.len());
    assert_eq!(stats.objects_freed, 1);
    assert_eq!(heap.find_object(doomed.as_ptr().cast()), None);
    for &(obj, _) in &all {
        assert_eq!(header(obj).kind, LEAF);
    }
    verify(&heap);
}

#[test]
fn junk_words_are_ignored() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    // A page of class 320, whose tail (the last 192 bytes) holds no slot; three of its 25
    // slots allocated, the others free.
    let small: Vec<_> = (0..3).map(|_| heap.alloc(320, LEAF).unwrap()).collect();
    let large = heap.alloc(3 * PAGE_SIZE, LEAF).unwrap();
    let base = heap.area.at(0).addr().get();
    let arena = heap.stats().arena_bytes;
    let page = small[0].addr().get();
    let mut junk = vec![
        0,
        1,
        usize::MAX,
        base - 1,
        base - 8,
        base + arena,
        base + arena + 1,
        base + arena - 1, // above the frontier
        page + 3 * 320,   // the first free slot
        page + 24 * 320,  // the last slot, free
        page + 25 * 320,  // the tail
        page + PAGE_SIZE - 1,
        buf_metadata(&heap),
    ];
    let mut rng = Rng(99);
    junk.extend((0..100_000).map(|_| rng.next() as usize));
    junk.extend((0..10_000).map(|_| base + arena / 2 + rng.in_range(0..=arena / 2 - 1)));
    let stats = heap.collect(
        |marker| {
            for &word in &junk {
                marker.mark_word(word);
            }
        },
        trace,
    );
    assert_eq!(stats.objects_marked, 0);
    assert_eq!(stats.objects_freed, 4);
    assert_eq!(heap.find_object(large.as_ptr().cast()), None);
    verify(&heap);
}

/// An address in the region's metadata (the mark stack), outside the arena.
fn buf_metadata(heap: &Heap<'_>) -> usize {
    heap.mark_stack.as_ptr().addr() + 64
}

#[test]
fn precise_marks_of_foreign_pointers_are_ignored() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let obj = heap.alloc(32, LEAF).unwrap();
    let mut foreign = Header {
        kind: LEAF,
        gc: 0,
        flags: 0,
        extra: 0,
    };
    let foreign_ptr = NonNull::from(&mut foreign);
    let stats = heap.collect(|marker| marker.mark(foreign_ptr), trace);
    assert_eq!(stats.objects_marked, 0);
    assert_eq!(stats.objects_freed, 1);
    assert_eq!(
        foreign,
        Header {
            kind: LEAF,
            gc: 0,
            flags: 0,
            extra: 0
        }
    );
    assert_eq!(heap.find_object(obj.as_ptr().cast()), None);
}

#[test]
fn mark_if_live_marks_object_starts_and_skips_stale_pointers() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let dead = heap.alloc(48, LEAF).unwrap();
    let kept = heap.alloc(48, LEAF).unwrap();
    let inner = heap.alloc(48, LEAF).unwrap();
    collect_precise(&mut heap, &[kept, inner]);
    // `dead` is a free slot now; a pointer into `inner`'s middle is no object start.
    let inside = NonNull::new(byte(inner, 16).cast::<Header>()).unwrap();
    let stats = heap.collect(
        |marker| {
            marker.mark_if_live(dead);
            marker.mark_if_live(inside);
            marker.mark_if_live(kept);
        },
        trace,
    );
    assert_eq!(stats.objects_marked, 1);
    assert_eq!(stats.objects_freed, 1);
    assert_eq!(heap.find_object(kept.as_ptr().cast()), Some(kept));
    assert_eq!(heap.find_object(inner.as_ptr().cast()), None);
    verify(&heap);
}

#[test]
fn a_million_node_chain_is_marked_without_recursion() {
    const NODES: u64 = 1_000_000;
    let mut buf = region(40 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let mut head = None;
    for id in 0..NODES {
        let obj = node(&mut heap, 32, id);
        write_ptr(obj, NEXT, head);
        head = Some(obj);
    }
    let head = head.unwrap();
    let stats = collect_precise(&mut heap, &[head]);
    assert_eq!(stats.objects_marked, NODES as usize);
    assert_eq!(stats.objects_freed, 0);
    assert_eq!(stats.mark_stack_overflows, 0);
    let mut cursor = Some(head);
    let mut seen = 0;
    while let Some(obj) = cursor {
        assert_eq!(header(obj).flags, 1);
        seen += 1;
        cursor = read_ptr(obj, NEXT);
    }
    assert_eq!(seen, NODES);
    verify(&heap);
    let stats = collect_all(&mut heap);
    assert_eq!(stats.objects_freed, NODES as usize);
    assert_eq!(heap.stats().bytes_in_use, 0);
}

#[test]
fn a_wide_fan_out_overflows_the_mark_stack_and_still_marks_everything_once() {
    const CHILDREN: usize = 100_000;
    let mut buf = region(16 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let root = array(&mut heap, CHILDREN);
    let shared = heap.alloc(16, LEAF).unwrap();
    let mut all = vec![root, shared];
    for child in 0..CHILDREN {
        let obj = node(&mut heap, 48, child as u64);
        // Every other node owns a leaf; the rest share one.
        let leaf = if child % 2 == 0 {
            heap.alloc(16, LEAF).unwrap()
        } else {
            shared
        };
        if leaf != shared {
            all.push(leaf);
        }
        write_ptr(obj, NEXT, Some(leaf));
        write_ptr(root, 8 + 8 * child, Some(obj));
        all.push(obj);
    }
    let garbage = node(&mut heap, 48, 7);
    let stats = collect_precise(&mut heap, &[root]);
    assert_eq!(stats.objects_marked, all.len());
    assert_eq!(stats.objects_freed, 1);
    assert!(stats.mark_stack_overflows > 0);
    assert!(stats.rescans >= 1);
    for &obj in &all {
        assert_eq!(header(obj).flags, 1, "traced exactly once");
    }
    assert_eq!(heap.find_object(garbage.as_ptr().cast()), None);
    verify(&heap);

    // A second collection starts from clean marks and overflows the same way.
    let again = collect_precise(&mut heap, &[root]);
    assert_eq!(again.objects_marked, all.len());
    assert_eq!(again.objects_freed, 0);
    for &obj in &all {
        assert_eq!(header(obj).flags, 2);
    }
}

#[test]
fn conservative_roots_can_overflow_the_mark_stack() {
    let mut buf = region(4 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let leaves: Vec<_> = (0..5_000).map(|_| heap.alloc(16, LEAF).unwrap()).collect();
    let words: Vec<usize> = leaves.iter().map(|obj| obj.addr().get() + 3).collect();
    let range = words.as_ptr_range();
    // SAFETY: `words` is a live, initialised vector.
    let stats = heap.collect(
        |marker| unsafe { marker.scan_range(range.start, range.end) },
        trace,
    );
    assert_eq!(stats.objects_marked, leaves.len());
    assert_eq!(stats.objects_freed, 0);
    assert!(stats.mark_stack_overflows > 0);
    for &obj in &leaves {
        assert_eq!(header(obj).flags, 1);
    }
    verify(&heap);
}

#[test]
fn scan_range_reads_only_whole_aligned_words_inside_the_range() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let inside = heap.alloc(16, LEAF).unwrap();
    let before = heap.alloc(16, LEAF).unwrap();
    let after = heap.alloc(16, LEAF).unwrap();
    let words = [before.addr().get(), inside.addr().get(), after.addr().get()];
    let start = words.as_ptr().cast::<u8>();
    // [start + 1, start + 23): the only whole aligned word inside is words[1].
    let (from, to) = (
        start.wrapping_add(1).cast::<usize>(),
        start.wrapping_add(23).cast::<usize>(),
    );
    // SAFETY: the range lies inside `words`.
    let stats = heap.collect(|marker| unsafe { marker.scan_range(from, to) }, trace);
    assert_eq!(stats.objects_marked, 1);
    assert_eq!(header(inside).kind, LEAF);
    assert_eq!(heap.find_object(before.as_ptr().cast()), None);
    assert_eq!(heap.find_object(after.as_ptr().cast()), None);
    // An empty or reversed range scans nothing.
    let end = words.as_ptr_range().end;
    // SAFETY: empty ranges read nothing.
    let stats = heap.collect(
        |marker| unsafe { marker.scan_range(end, words.as_ptr()) },
        trace,
    );
    assert_eq!(stats.objects_marked, 0);
}

#[test]
fn memory_is_reused_for_a_hundred_times_the_arena() {
    const RING: usize = 16;
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let arena = heap.stats().arena_bytes;
    let mut rng = Rng(0x1234_5678);
    let mut ring: [Option<(NonNull<Header>, usize, u64)>; RING] = [None; RING];
    let mut allocated = 0;
    let mut id = 0u64;
    let mut policy_collections = 0;
    while allocated < 100 * arena {
        let size = if rng.next().is_multiple_of(16) {
            rng.in_range(4097..=24_000)
        } else {
            rng.in_range(24..=600)
        };
        let roots: Vec<_> = ring.iter().flatten().map(|&(obj, _, _)| obj).collect();
        if heap.wants_collection() {
            collect_precise(&mut heap, &roots);
            policy_collections += 1;
        }
        let obj = match try_node(&mut heap, size, id) {
            Some(obj) => obj,
            None => {
                collect_precise(&mut heap, &roots);
                try_node(&mut heap, size, id).expect("allocation failed after a collection")
            }
        };
        allocated += heap.block_size(obj);
        ring[id as usize % RING] = Some((obj, size, id));
        id += 1;
        if id.is_multiple_of(4096) {
            verify(&heap);
        }
    }
    assert!(policy_collections > 0);
    for &(obj, size, id) in ring.iter().flatten() {
        check_node(obj, size, id);
    }
    verify(&heap);
}

#[test]
fn free_pages_move_between_classes_and_large_objects() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let total = heap.stats().pages_total;
    let arena = heap.stats().arena_bytes;
    let class_2048 = class_of(2048).unwrap();

    while heap.alloc(16, LEAF).is_some() {}
    assert_eq!(heap.stats().pages_by_class[0] as usize, total);
    collect_all(&mut heap);
    assert_eq!(heap.stats().pages_free, total);

    let whole = heap.alloc(arena, LEAF).unwrap();
    assert_eq!(heap.stats().pages_large, total);
    assert_eq!(heap.block_size(whole), arena);
    collect_all(&mut heap);

    while heap.alloc(2048, LEAF).is_some() {}
    assert_eq!(heap.stats().pages_by_class[class_2048] as usize, total);
    verify(&heap);

    // Keep every other page of 2048-byte slots alive; the free pages between them serve a
    // new class and single-page large objects, lowest address first.
    let survivors: Vec<_> = objects(&heap)
        .into_iter()
        .filter(|obj| {
            ((obj.addr().get() - heap.area.at(0).addr().get()) / PAGE_SIZE).is_multiple_of(2)
        })
        .collect();
    collect_precise(&mut heap, &survivors);
    let stats = heap.stats();
    assert_eq!(stats.pages_by_class[class_2048] as usize, total.div_ceil(2));
    let first_hole = heap.area.page(1).addr().get();
    let small = heap.alloc(100, LEAF).unwrap();
    assert_eq!(small.addr().get(), first_hole);
    let large = heap.alloc(PAGE_SIZE, LEAF).unwrap();
    assert_eq!(large.addr().get(), heap.area.page(3).addr().get());
    // No two free pages are adjacent, so a two-page object cannot fit.
    assert_eq!(heap.alloc(PAGE_SIZE + 1, LEAF), None);
    verify(&heap);
}

#[test]
fn allocation_prefers_low_addresses_and_leaves_the_tail_untouched() {
    const LEN: usize = 64 << 20;
    let mut buf = region(LEN);
    {
        let mut heap = Heap::new(&mut buf).unwrap();
        let total = heap.stats().pages_total;
        let a = heap.alloc(64, LEAF).unwrap();
        let b = heap.alloc(64, LEAF).unwrap();
        let c = heap.alloc(64, LEAF).unwrap();
        assert!(a < b && b < c);
        let big = heap.alloc(10 * PAGE_SIZE, LEAF).unwrap();
        assert_eq!(heap.stats().pages_above_frontier, total - 11);
        collect_precise(&mut heap, &[b]);
        // The large object ended the used pages, so the frontier came back down.
        assert_eq!(heap.stats().pages_above_frontier, total - 1);
        assert_eq!(heap.alloc(64, LEAF), Some(a));
        assert_eq!(heap.alloc(64, LEAF), Some(c));
        assert_eq!(heap.alloc(10 * PAGE_SIZE, LEAF), Some(big));
        verify(&heap);
    }
    // Past the descriptors and the pages used, the region still holds its fill pattern.
    let untouched = buf[(1 << 20)..].iter().all(|byte| {
        // SAFETY: the region was initialised by `region` and the heap only writes bytes.
        unsafe { byte.assume_init() == 0xA5 }
    });
    assert!(untouched, "the heap wrote to the tail of the region");
}

/// Whether all `len` bytes of `obj` after its header are zero.
fn body_is_zero(obj: NonNull<Header>, len: usize) -> bool {
    // SAFETY: the tests only call this on live objects of at least `len` bytes.
    (size_of::<Header>()..len).all(|offset| unsafe { byte(obj, offset).read() } == 0)
}

#[test]
fn a_zeroed_region_still_zeroes_large_blocks_on_pages_used_before() {
    let mut buf = vec![MaybeUninit::new(0u8); 4 << 20];
    let mut heap = Heap::new(&mut buf).unwrap();
    // SAFETY: the region was all zero bytes and only the heap has written to it.
    unsafe { heap.assume_zeroed_region() };
    let keep = heap.alloc(64, LEAF).unwrap();
    let big = heap.alloc(10 * PAGE_SIZE, LEAF).unwrap();
    // SAFETY: `big` is a live block of 10 pages.
    unsafe { byte(big, 8).write_bytes(0x5A, 10 * PAGE_SIZE - 8) };
    collect_precise(&mut heap, &[keep]);
    // `big` ended the used pages: the frontier came back down over its dirty pages.
    let total = heap.stats().pages_total;
    assert_eq!(heap.stats().pages_above_frontier, total - 1);
    let again = heap.alloc(10 * PAGE_SIZE, LEAF).unwrap();
    assert_eq!(again, big);
    assert!(
        body_is_zero(again, 10 * PAGE_SIZE),
        "a reused page kept old bytes"
    );
    // SAFETY: as above.
    unsafe { byte(again, 8).write_bytes(0x5A, 10 * PAGE_SIZE - 8) };
    collect_precise(&mut heap, &[keep]);
    // A block over the 10 dirty pages and 10 never used ones.
    let wider = heap.alloc(20 * PAGE_SIZE, LEAF).unwrap();
    assert_eq!(wider, big);
    assert!(
        body_is_zero(wider, 20 * PAGE_SIZE),
        "a reused page kept old bytes"
    );
    verify(&heap);
}

#[test]
fn the_native_stack_keeps_an_object_alive_that_only_a_local_holds() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let base = approximate_stack_pointer();
    assert!(hold_in_a_local_and_collect(&mut heap, base));
}

/// Allocates a node, keeps only an interior pointer to it in a local, collects with the native
/// stack from the spill point up to `base` as the only roots, and reports whether the node
/// survived intact.
#[inline(never)]
fn hold_in_a_local_and_collect(heap: &mut Heap<'_>, base: *const usize) -> bool {
    let obj = node(heap, 48, 0xC0FFEE);
    let local = black_box(obj.addr().get() + 20);
    let _ = black_box(obj);
    let stats = heap.collect(
        |marker| {
            // SAFETY: [spill point, base) is this thread's live stack: the spill point is in a
            // frame below this one, and `base` was recorded in the test's frame, above it.
            with_registers_spilled(|spill| unsafe { marker.scan_range(spill, base) })
        },
        trace,
    );
    let found = heap.find_object(black_box(local) as *const u8);
    let alive = stats.objects_freed == 0 && found.is_some();
    if let Some(obj) = found {
        check_node(obj, 48, 0xC0FFEE);
    }
    alive
}

#[test]
fn with_stack_base_runs_its_body_below_the_base() {
    let outer = 0usize;
    let outer = black_box(&raw const outer).addr();
    let (base, inner, value) = with_stack_base(|base| {
        let inner = 0usize;
        (base, black_box(&raw const inner).addr(), 7)
    });
    assert_eq!(value, 7);
    assert!(base < outer, "the base lies in a frame below the caller's");
    assert!(inner < base, "the body's locals lie below the base");
}

#[test]
fn with_registers_spilled_passes_a_deeper_address_and_returns_the_result() {
    let local = 0usize;
    let here = black_box(&raw const local).addr();
    let (spill, value) = with_registers_spilled(|spill| (spill.addr(), 42));
    assert_eq!(value, 42);
    assert!(
        spill < here,
        "the spill point lies below the caller's frame"
    );
    assert!(approximate_stack_pointer().addr().abs_diff(here) < 4096);
}

#[test]
fn stats_add_up_and_track_peak_and_collections() {
    let mut buf = region(2 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let fresh = heap.stats();
    assert_eq!(fresh.bytes_in_use, 0);
    assert_eq!(fresh.bytes_free, fresh.arena_bytes);
    assert_eq!(fresh.arena_bytes + fresh.metadata_bytes, 2 << 20);
    assert_eq!(fresh.pages_above_frontier, fresh.pages_total);
    let keep = heap.alloc(100, LEAF).unwrap();
    for _ in 0..100 {
        heap.alloc(1000, LEAF).unwrap();
    }
    heap.alloc(50_000, LEAF).unwrap();
    let busy = heap.stats();
    assert_eq!(busy.bytes_in_use, 112 + 100 * 1024 + 7 * PAGE_SIZE);
    assert_eq!(busy.bytes_since_collection, busy.bytes_in_use);
    assert_eq!(busy.peak_bytes_in_use, busy.bytes_in_use);
    assert_eq!(busy.pages_large, 7);
    assert_eq!(
        busy.bytes_overhead,
        tail_waste(class_of(100).unwrap()) + 13 * tail_waste(class_of(1000).unwrap())
    );
    check_stats(&heap);
    let stats = collect_precise(&mut heap, &[keep]);
    assert_eq!(stats.objects_freed, 101);
    assert_eq!(stats.bytes_freed, 100 * 1024 + 7 * PAGE_SIZE);
    let after = heap.stats();
    assert_eq!(after.collections, 1);
    assert_eq!(after.bytes_in_use, 112);
    assert_eq!(after.bytes_since_collection, 0);
    assert_eq!(after.peak_bytes_in_use, busy.bytes_in_use);
    check_stats(&heap);
}

#[test]
fn wants_collection_follows_the_growth_policy() {
    // 64 MiB: the minimum debt is arena / 64, about 1 MiB.
    let mut buf = region(64 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let min_debt = heap.stats().arena_bytes / 64;
    assert!(!heap.wants_collection());
    let mut live = Vec::new();
    while heap.stats().bytes_since_collection <= min_debt {
        assert!(!heap.wants_collection());
        live.push(heap.alloc(8000, LEAF).unwrap());
    }
    assert!(heap.wants_collection());
    // 3 MiB stay live: the next collection is due after another 3 MiB.
    while heap.stats().bytes_in_use < 3 << 20 {
        live.push(heap.alloc(8000, LEAF).unwrap());
    }
    collect_precise(&mut heap, &live);
    let live_bytes = heap.stats().bytes_in_use;
    assert!(!heap.wants_collection());
    while heap.stats().bytes_since_collection <= live_bytes {
        assert!(!heap.wants_collection());
        heap.alloc(8000, LEAF).unwrap();
    }
    assert!(heap.wants_collection());

    // 1 MiB: low free space triggers a collection after arena / 32 bytes.
    let mut small_buf = region(1 << 20);
    let mut heap = Heap::new(&mut small_buf).unwrap();
    let arena = heap.stats().arena_bytes;
    let mut live = Vec::new();
    while heap.stats().bytes_free >= arena / 10 {
        live.push(heap.alloc(4096, LEAF).unwrap());
    }
    collect_precise(&mut heap, &live);
    assert!(!heap.wants_collection());
    while heap.stats().bytes_since_collection < arena / 32 {
        assert!(!heap.wants_collection());
        heap.alloc(64, LEAF).unwrap();
    }
    assert!(heap.wants_collection());
}

#[test]
fn contains_and_find_object_agree_with_the_arena() {
    let mut buf = region(1 << 20);
    let mut heap = Heap::new(&mut buf).unwrap();
    let obj = heap.alloc(48, LEAF).unwrap();
    let base = heap.area.at(0).as_ptr();
    let arena = heap.stats().arena_bytes;
    assert!(heap.contains(base));
    assert!(heap.contains(base.wrapping_add(arena - 1)));
    assert!(!heap.contains(base.wrapping_add(arena)));
    assert!(!heap.contains(base.wrapping_sub(1)));
    assert!(!heap.contains(core::ptr::null()));
    assert_eq!(heap.find_object(byte(obj, 47)), Some(obj));
    assert_eq!(heap.find_object(byte(obj, 48)), None);
    assert_eq!(objects(&heap), vec![obj]);
}

/// One step of the property test.
#[derive(Debug, Clone)]
enum Op {
    /// Allocate a node of `size` bytes, rooted or not.
    Alloc { size: usize, rooted: bool },
    /// Point node `from`'s `next` at node `to` (indices modulo the live nodes).
    Link { from: usize, to: usize },
    /// Clear node `at`'s `next`.
    Unlink { at: usize },
    /// Toggle whether node `at` is a root.
    Reroot { at: usize },
    /// Collect, marking the roots precisely or through interior words.
    Collect { conservative: bool },
}

fn op() -> impl Strategy<Value = Op> {
    let size =
        prop_oneof![8 => 24usize..=600, 3 => 601usize..=MAX_SMALL_SIZE, 1 => 4097usize..=40_000];
    prop_oneof![
        6 => (size, any::<bool>()).prop_map(|(size, rooted)| Op::Alloc { size, rooted }),
        3 => (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Op::Link { from, to }),
        1 => any::<usize>().prop_map(|at| Op::Unlink { at }),
        2 => any::<usize>().prop_map(|at| Op::Reroot { at }),
        1 => any::<bool>().prop_map(|conservative| Op::Collect { conservative }),
    ]
}

/// What the property test believes about one node.
#[derive(Debug, Clone, Copy)]
struct Model {
    /// The object.
    obj: NonNull<Header>,
    /// Bytes asked for.
    size: usize,
    /// Whether the node is a root.
    rooted: bool,
    /// Id of the node `next` points at.
    next: Option<u64>,
    /// Trace calls so far.
    traced: u16,
}

/// Collects with the model's roots and checks everything the model predicts; drops the nodes
/// that died.
fn collect_model(heap: &mut Heap<'_>, nodes: &mut BTreeMap<u64, Model>, conservative: bool) {
    let roots: Vec<_> = nodes
        .values()
        .filter(|m| m.rooted)
        .map(|m| (m.obj, m.size))
        .collect();
    let stats = heap.collect(
        |marker| {
            for &(obj, size) in &roots {
                if conservative {
                    marker.mark_word(obj.addr().get() + size / 2);
                } else {
                    marker.mark(obj);
                }
            }
        },
        trace,
    );
    let mut reachable = std::collections::BTreeSet::new();
    let mut pending: Vec<u64> = nodes
        .iter()
        .filter(|(_, m)| m.rooted)
        .map(|(&id, _)| id)
        .collect();
    while let Some(id) = pending.pop() {
        if reachable.insert(id) {
            pending.extend(nodes[&id].next);
        }
    }
    assert_eq!(stats.objects_marked, reachable.len());
    assert_eq!(stats.objects_freed, nodes.len() - reachable.len());
    let dead: Vec<_> = nodes
        .iter()
        .filter(|(id, _)| !reachable.contains(id))
        .map(|(_, m)| m.obj)
        .collect();
    nodes.retain(|id, _| reachable.contains(id));
    let objs: BTreeMap<u64, NonNull<Header>> = nodes.iter().map(|(&id, m)| (id, m.obj)).collect();
    let mut live_bytes = 0;
    for (&id, model) in nodes.iter_mut() {
        model.traced += 1;
        check_node(model.obj, model.size, id);
        assert_eq!(
            header(model.obj).flags,
            model.traced,
            "node {id} traced once per collection"
        );
        assert_eq!(
            read_ptr(model.obj, NEXT),
            model.next.map(|next| objs[&next])
        );
        live_bytes += heap.block_size(model.obj);
    }
    for obj in dead {
        assert_eq!(heap.find_object(obj.as_ptr().cast()), None);
    }
    assert_eq!(heap.stats().bytes_in_use, live_bytes);
    assert_eq!(stats.bytes_live, live_bytes);
    verify(heap);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_operations_keep_the_heap_consistent(ops in prop::collection::vec(op(), 1..200)) {
        let mut buf = region(192 << 10);
        let mut heap = Heap::new(&mut buf).unwrap();
        let mut nodes: BTreeMap<u64, Model> = BTreeMap::new();
        for (id, op) in ops.into_iter().enumerate() {
            let id = id as u64;
            let ids: Vec<u64> = nodes.keys().copied().collect();
            match op {
                Op::Alloc { size, rooted } => {
                    let obj = match try_node(&mut heap, size, id) {
                        Some(obj) => Some(obj),
                        None => {
                            collect_model(&mut heap, &mut nodes, false);
                            try_node(&mut heap, size, id)
                        }
                    };
                    if let Some(obj) = obj {
                        nodes.insert(id, Model { obj, size, rooted, next: None, traced: 0 });
                    }
                }
                Op::Link { from, to } if !ids.is_empty() => {
                    let (from, to) = (ids[from % ids.len()], ids[to % ids.len()]);
                    let target = nodes[&to].obj;
                    let source = nodes.get_mut(&from).unwrap();
                    write_ptr(source.obj, NEXT, Some(target));
                    source.next = Some(to);
                }
                Op::Unlink { at } if !ids.is_empty() => {
                    let source = nodes.get_mut(&ids[at % ids.len()]).unwrap();
                    write_ptr(source.obj, NEXT, None);
                    source.next = None;
                }
                Op::Reroot { at } if !ids.is_empty() => {
                    let node = nodes.get_mut(&ids[at % ids.len()]).unwrap();
                    node.rooted = !node.rooted;
                }
                Op::Collect { conservative } => collect_model(&mut heap, &mut nodes, conservative),
                _ => {}
            }
            check_stats(&heap);
        }
        collect_model(&mut heap, &mut nodes, false);
    }
}
