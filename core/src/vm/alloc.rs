//! Allocating and constructing objects.

use super::{Cls, PyResult, Vm};
use crate::heap::Header;
use crate::object::class::{Builtin, class_flags};
use crate::object::misc::DictPart;
use crate::object::str::hash_str;
use crate::object::{
    CellObj, ClassObj, DictIterObj, DictObj, EntryBuf, EnumerateObj, FunctionObj, Gc, InstanceObj,
    Kind, ListObj, MethodObj, ModuleObj, NativeObj, Object, RangeIterObj, RangeObj, RawBuf,
    SeqIterObj, ShapeObj, SliceObj, StrObj, TupleObj, ValueBuf, ZipObj, func::NativeDef,
};
use crate::object::{CodeObj, GenState, GeneratorObj};
use crate::value::Value;
use core::cell::Cell;
use core::ptr::NonNull;

impl Vm<'_> {
    /// Allocates `size` zeroed bytes for an object of `kind`, collecting garbage first when
    /// the heap's growth policy asks for it, and again before giving up.
    ///
    /// # Errors
    /// `MemoryError` when the arena cannot hold the object even after a collection.
    pub(crate) fn alloc_block(&mut self, kind: Kind, size: usize) -> PyResult<NonNull<Header>> {
        if self.config.gc_stress || self.heap.wants_collection() {
            self.collect_garbage();
        }
        if let Some(block) = self.heap.alloc(size, kind as u8) {
            return Ok(block);
        }
        self.collect_garbage();
        match self.heap.alloc(size, kind as u8) {
            Some(block) => Ok(block),
            None => Err(self.raise_memory_error()),
        }
    }

    /// Allocates `size` bytes and writes `init` (whose header is replaced by the heap's).
    pub(super) fn alloc_object<T: Object>(
        &mut self,
        size: usize,
        init: impl FnOnce(Cell<Header>) -> T,
    ) -> PyResult<Gc<T>> {
        debug_assert!(size >= core::mem::size_of::<T>());
        let block = self.alloc_block(T::KIND, size)?;
        // SAFETY: the heap returned `size` zeroed, 16-aligned bytes whose header it wrote; T
        // starts with a Cell<Header> (Object's contract) and fits in `size`. Writing T at once
        // means no collection (only inside an allocation) can see it half-built.
        unsafe {
            let header = block.as_ptr().read();
            block.cast::<T>().as_ptr().write(init(Cell::new(header)));
            Ok(Gc::from_obj_unchecked(crate::object::ObjRef::from_header(
                block,
            )))
        }
    }

    /// A new string with the given text (not interned).
    pub fn new_str(&mut self, text: &str) -> PyResult<Gc<StrObj>> {
        if text.is_empty()
            && let Some(empty) = self.names[super::Name::empty as usize]
        {
            return Ok(empty);
        }
        if text.len() == 1
            && text.as_bytes()[0] < 128
            && let Some(s) = self.chars[text.as_bytes()[0] as usize]
        {
            return Ok(s);
        }
        let size = StrObj::alloc_size(text.len()).ok_or_else(|| self.raise_memory_error())?;
        let char_count = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        let s = self.alloc_object(size, |header| StrObj {
            header,
            len: text.len(),
            char_count,
            hash: Cell::new(-1),
        })?;
        let data = s.as_ptr().wrapping_add(1).cast::<u8>();
        // SAFETY: the block has room for `len` bytes after the fixed fields, and nothing else
        // refers to them yet.
        unsafe { core::ptr::copy_nonoverlapping(text.as_ptr(), data, text.len()) };
        Ok(s)
    }

    /// The interned string with this text (identifiers, attribute names).
    pub fn intern(&mut self, text: &str) -> PyResult<Gc<StrObj>> {
        let table = self.interned.unwrap_or_else(|| super::not_booted());
        let hash = hash_str(text);
        if let Some(found) = self.dict_lookup_str(table, text, hash)
            && let Some(s) = found.as_obj().and_then(|o| o.downcast::<StrObj>())
        {
            return Ok(s);
        }
        let s = self.new_str(text)?;
        s.hash.set(hash);
        self.dict_set(table, s.value(), s.value())?;
        Ok(s)
    }

    /// The interned version of a string object.
    pub fn intern_str(&mut self, s: Gc<StrObj>) -> PyResult<Gc<StrObj>> {
        let table = self.interned.unwrap_or_else(|| super::not_booted());
        let hash = self.str_hash(s);
        if let Some(found) = self.dict_lookup_str(table, s.as_str(), hash)
            && let Some(found) = found.as_obj().and_then(|o| o.downcast::<StrObj>())
        {
            return Ok(found);
        }
        self.dict_set(table, s.value(), s.value())?;
        Ok(s)
    }

    /// The one-character string for `c`.
    pub fn char_str(&mut self, c: char) -> PyResult<Gc<StrObj>> {
        if (c as u32) < 128
            && let Some(s) = self.chars[c as usize]
        {
            return Ok(s);
        }
        let mut buf = [0u8; 4];
        self.new_str(c.encode_utf8(&mut buf))
    }

    /// A tuple of `items`.
    pub fn new_tuple(&mut self, items: &[Value]) -> PyResult<Gc<TupleObj>> {
        if items.is_empty()
            && let Some(empty) = self.empty_tuple
        {
            return Ok(empty);
        }
        let size = TupleObj::alloc_size(items.len()).ok_or_else(|| self.raise_memory_error())?;
        let tuple = self.alloc_object(size, |header| TupleObj {
            header,
            len: items.len(),
        })?;
        let data = TupleObj::items_ptr(tuple.as_ptr());
        // SAFETY: the block holds `len` values after the fixed fields; nothing reads them yet.
        unsafe { core::ptr::copy_nonoverlapping(items.as_ptr(), data, items.len()) };
        Ok(tuple)
    }

    /// A tuple of `len` items produced by `item(i)`; `item` must not allocate.
    pub fn new_tuple_with(
        &mut self,
        len: usize,
        mut item: impl FnMut(usize) -> Value,
    ) -> PyResult<Gc<TupleObj>> {
        let size = TupleObj::alloc_size(len).ok_or_else(|| self.raise_memory_error())?;
        let tuple = self.alloc_object(size, |header| TupleObj { header, len })?;
        let data = TupleObj::items_ptr(tuple.as_ptr());
        for i in 0..len {
            // SAFETY: i < len and the block holds `len` values; nothing reads them yet.
            unsafe { data.add(i).write(item(i)) };
        }
        Ok(tuple)
    }

    /// A block of `cap` value cells, all `Null`.
    pub fn new_value_buf(&mut self, cap: usize) -> PyResult<Gc<ValueBuf>> {
        let size = ValueBuf::alloc_size(cap).ok_or_else(|| self.raise_memory_error())?;
        self.alloc_object(size, |header| ValueBuf { header, cap })
    }

    /// A generator that has not started, over the frame values in `saved`.
    pub(crate) fn new_generator(
        &mut self,
        func: Value,
        code: Gc<CodeObj>,
        globals: Gc<DictObj>,
        saved: Gc<ValueBuf>,
    ) -> PyResult<Gc<GeneratorObj>> {
        self.alloc_object(core::mem::size_of::<GeneratorObj>(), |header| {
            GeneratorObj {
                header,
                func,
                code,
                globals,
                saved,
                depth: Cell::new(0),
                pc: Cell::new(0),
                lasti: Cell::new(0),
                state: Cell::new(GenState::Created as u8),
                handled: Cell::new(Value::Null),
                loop_owned: Cell::new(false),
            }
        })
    }

    /// A block of `len` zeroed raw bytes.
    pub fn new_raw_buf(&mut self, len: usize) -> PyResult<Gc<RawBuf>> {
        let size = RawBuf::alloc_size(len).ok_or_else(|| self.raise_memory_error())?;
        self.alloc_object(size, |header| RawBuf { header, len })
    }

    /// A dict's entry block of `cap` entries.
    pub(crate) fn new_entry_buf(&mut self, cap: usize) -> PyResult<Gc<EntryBuf>> {
        let size = EntryBuf::alloc_size(cap).ok_or_else(|| self.raise_memory_error())?;
        self.alloc_object(size, |header| EntryBuf { header, cap })
    }

    /// A list of `items`.
    pub fn new_list(&mut self, items: &[Value]) -> PyResult<Gc<ListObj>> {
        let list = self.new_list_with_capacity(items.len())?;
        if let Some(buf) = list.buf.get() {
            for (cell, &item) in buf.cells().iter().zip(items) {
                cell.set(item);
            }
        }
        list.len.set(items.len());
        Ok(list)
    }

    /// An empty list with room for `cap` items.
    pub fn new_list_with_capacity(&mut self, cap: usize) -> PyResult<Gc<ListObj>> {
        let buf = if cap > 0 {
            Some(self.new_value_buf(cap)?)
        } else {
            None
        };
        self.alloc_object(core::mem::size_of::<ListObj>(), |header| ListObj {
            header,
            len: Cell::new(0),
            buf: Cell::new(buf),
        })
    }

    /// An empty dict.
    pub fn new_dict(&mut self) -> PyResult<Gc<DictObj>> {
        self.alloc_object(core::mem::size_of::<DictObj>(), |header| DictObj {
            header,
            len: Cell::new(0),
            used: Cell::new(0),
            keys_version: Cell::new(0),
            watch: Cell::new(0),
            indices: Cell::new(None),
            entries: Cell::new(None),
        })
    }

    /// A closure cell holding `value`.
    pub fn new_cell(&mut self, value: Value) -> PyResult<Gc<CellObj>> {
        self.alloc_object(core::mem::size_of::<CellObj>(), |header| CellObj {
            header,
            value: Cell::new(value),
        })
    }

    /// A builtin function (or an unbound builtin method of `owner`).
    pub fn new_native(
        &mut self,
        def: &'static NativeDef,
        receiver: Value,
        owner: Value,
    ) -> PyResult<Gc<NativeObj>> {
        self.alloc_object(core::mem::size_of::<NativeObj>(), |header| NativeObj {
            header,
            def,
            receiver,
            owner,
        })
    }

    /// A bound method.
    pub fn new_method(&mut self, func: Value, receiver: Value) -> PyResult<Gc<MethodObj>> {
        self.alloc_object(core::mem::size_of::<MethodObj>(), |header| MethodObj {
            header,
            func,
            receiver,
        })
    }

    /// A Python function.
    #[allow(clippy::too_many_arguments, reason = "a function has this many parts")]
    pub(crate) fn new_function(
        &mut self,
        code: Gc<crate::object::CodeObj>,
        globals: Gc<DictObj>,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        module: Value,
    ) -> PyResult<Gc<FunctionObj>> {
        let (name, qualname) = (code.name, code.qualname);
        let version = self.fresh_version();
        self.alloc_object(core::mem::size_of::<FunctionObj>(), |header| FunctionObj {
            header,
            version: Cell::new(version),
            code,
            globals,
            name: Cell::new(name),
            qualname: Cell::new(qualname),
            defaults: Cell::new(defaults),
            kwdefaults: Cell::new(kwdefaults),
            closure,
            module,
            dict: Cell::new(Value::Null),
        })
    }

    /// A class with the given namespace (taken over, not copied).
    pub(crate) fn new_class(
        &mut self,
        name: Gc<StrObj>,
        qualname: Gc<StrObj>,
        base: Option<Gc<ClassObj>>,
        dict: Gc<DictObj>,
        builtin: Builtin,
        heap_type: bool,
    ) -> PyResult<Gc<ClassObj>> {
        let version = self.fresh_version();
        let class = self.alloc_object(core::mem::size_of::<ClassObj>(), |header| ClassObj {
            header,
            name: Cell::new(name),
            qualname: Cell::new(qualname),
            module: Cell::new(Value::Null),
            base,
            dict,
            version: Cell::new(version),
            builtin,
            flags: Cell::new(if heap_type { class_flags::HEAP_TYPE } else { 0 }),
            slot_names: Cell::new(Value::Null),
            subclasses: Cell::new(Value::Null),
        })?;
        if let Some(base) = base {
            let subclasses = match base.subclasses.get() {
                Value::Null => {
                    let list = self.new_list(&[])?;
                    base.subclasses.set(list.value());
                    list
                }
                value => self.expect_list(value),
            };
            self.list_append(subclasses, class.value())?;
        }
        Ok(class)
    }

    /// A new version tag (for classes and functions).
    pub(crate) fn fresh_version(&mut self) -> u32 {
        let version = self.next_version;
        // Wrapping is harmless in practice (4 billion class changes) but must never hand out
        // 0, which caches use as "nothing cached".
        self.next_version = self.next_version.wrapping_add(1).max(1);
        version
    }

    /// A shape node.
    pub(crate) fn new_shape(
        &mut self,
        parent: Option<Gc<ShapeObj>>,
        name: Option<Gc<StrObj>>,
        count: u32,
    ) -> PyResult<Gc<ShapeObj>> {
        self.alloc_object(core::mem::size_of::<ShapeObj>(), |header| ShapeObj {
            header,
            parent,
            name,
            count,
            transitions: Cell::new(Value::Null),
        })
    }

    /// A plain instance of `class` with no attributes.
    pub fn new_instance(&mut self, class: Gc<ClassObj>) -> PyResult<Gc<InstanceObj>> {
        let shape = self.root_shape.unwrap_or_else(|| super::not_booted());
        self.alloc_object(core::mem::size_of::<InstanceObj>(), |header| InstanceObj {
            header,
            class: Cell::new(class),
            shape: Cell::new(shape),
            values: Cell::new(None),
            base_state: Cell::new(Value::Null),
            extra: Cell::new(Value::Null),
        })
    }

    /// A module object.
    pub(crate) fn new_module(
        &mut self,
        name: Gc<StrObj>,
        dict: Gc<DictObj>,
    ) -> PyResult<Gc<ModuleObj>> {
        self.alloc_object(core::mem::size_of::<ModuleObj>(), |header| ModuleObj {
            header,
            name,
            dict,
        })
    }

    /// `range(start, stop, step)`; `step` must not be 0.
    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> PyResult<Gc<RangeObj>> {
        let len = range_len(start, stop, step);
        self.alloc_object(core::mem::size_of::<RangeObj>(), |header| RangeObj {
            header,
            start,
            stop,
            step,
            len,
        })
    }

    /// `slice(start, stop, step)`.
    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> PyResult<Gc<SliceObj>> {
        self.alloc_object(core::mem::size_of::<SliceObj>(), |header| SliceObj {
            header,
            start,
            stop,
            step,
        })
    }

    /// An iterator over a range.
    pub(crate) fn new_range_iter(
        &mut self,
        start: i64,
        step: i64,
        len: i64,
    ) -> PyResult<Gc<RangeIterObj>> {
        self.alloc_object(core::mem::size_of::<RangeIterObj>(), |header| {
            RangeIterObj {
                header,
                next: Cell::new(start),
                step,
                remaining: Cell::new(len),
            }
        })
    }

    /// An iterator over a list, tuple or str.
    pub(crate) fn new_seq_iter(
        &mut self,
        seq: Value,
        index: usize,
        reverse: bool,
    ) -> PyResult<Gc<SeqIterObj>> {
        self.alloc_object(core::mem::size_of::<SeqIterObj>(), |header| SeqIterObj {
            header,
            seq: Cell::new(seq),
            index: Cell::new(index),
            reverse,
        })
    }

    /// An iterator over (`view` false) or a view of (`view` true) a dict.
    pub(crate) fn new_dict_iter(
        &mut self,
        dict: Gc<DictObj>,
        part: DictPart,
        view: bool,
    ) -> PyResult<Value> {
        let it = self.alloc_object(core::mem::size_of::<DictIterObj>(), |header| DictIterObj {
            header,
            dict,
            index: Cell::new(0),
            start_len: dict.len.get(),
            part,
            reverse: false,
        })?;
        if view {
            // A view has the iterator's layout under another kind byte.
            let mut header = it.header.get();
            header.kind = Kind::DictView as u8;
            it.header.set(header);
        }
        Ok(it.value())
    }

    /// `reversed(view)`: an iterator over a dict's entries from the last to the first.
    pub(crate) fn new_dict_reverse_iter(
        &mut self,
        dict: Gc<DictObj>,
        part: DictPart,
    ) -> PyResult<Value> {
        let it = self.alloc_object(core::mem::size_of::<DictIterObj>(), |header| DictIterObj {
            header,
            dict,
            index: Cell::new(dict.entries().len()),
            start_len: dict.len.get(),
            part,
            reverse: true,
        })?;
        Ok(it.value())
    }

    /// `map(func, *iters)`, or `filter(func, iters[0])` when `filter`.
    pub(crate) fn new_map(
        &mut self,
        func: Value,
        iters: Gc<TupleObj>,
        filter: bool,
    ) -> PyResult<Value> {
        let it = self.alloc_object(core::mem::size_of::<crate::object::MapObj>(), |header| {
            crate::object::MapObj {
                header,
                func,
                iters,
            }
        })?;
        if filter {
            // A filter has the map's layout under another kind byte.
            let mut header = it.header.get();
            header.kind = Kind::Filter as u8;
            it.header.set(header);
        }
        Ok(it.value())
    }

    /// `enumerate(iter, start)`.
    pub(crate) fn new_enumerate(&mut self, iter: Value, start: i64) -> PyResult<Gc<EnumerateObj>> {
        self.alloc_object(core::mem::size_of::<EnumerateObj>(), |header| {
            EnumerateObj {
                header,
                iter,
                count: Cell::new(start),
            }
        })
    }

    /// `zip(*iters)`.
    pub(crate) fn new_zip(&mut self, iters: Gc<TupleObj>, strict: bool) -> PyResult<Gc<ZipObj>> {
        self.alloc_object(core::mem::size_of::<ZipObj>(), |header| ZipObj {
            header,
            iters,
            strict,
        })
    }

    /// A `super()` object.
    pub(crate) fn new_super(
        &mut self,
        class: Gc<ClassObj>,
        receiver: Value,
    ) -> PyResult<Gc<crate::object::SuperObj>> {
        self.alloc_object(core::mem::size_of::<crate::object::SuperObj>(), |header| {
            crate::object::SuperObj {
                header,
                class,
                receiver,
            }
        })
    }

    /// An instance of a built-in exception class with `args`.
    pub(crate) fn new_exception(
        &mut self,
        class: Gc<ClassObj>,
        args: Gc<TupleObj>,
    ) -> PyResult<Gc<InstanceObj>> {
        let exc = self.new_instance(class)?;
        exc.base_state.set(args.value());
        Ok(exc)
    }

    /// The class of any value.
    pub fn class_of(&self, value: Value) -> Gc<ClassObj> {
        let cls = match value {
            Value::Null | Value::None => Cls::NoneType,
            Value::Bool(_) => Cls::Bool,
            Value::Int(_) => Cls::Int,
            Value::Float(_) => Cls::Float,
            Value::Obj(obj) => match obj.kind() {
                Kind::Instance => {
                    // SAFETY: the kind byte says it is an instance.
                    return unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) }
                        .class
                        .get();
                }
                Kind::Str => Cls::Str,
                Kind::Tuple => Cls::Tuple,
                Kind::List => Cls::List,
                Kind::Dict => Cls::Dict,
                Kind::Function => Cls::Function,
                Kind::Native => Cls::BuiltinFunction,
                Kind::Method => Cls::Method,
                Kind::Class => Cls::Type,
                Kind::Module => Cls::Module,
                Kind::Cell => Cls::CellType,
                Kind::Code => Cls::Code,
                Kind::Range => Cls::Range,
                Kind::Slice => Cls::Slice,
                Kind::RangeIter => Cls::RangeIterator,
                Kind::SeqIter => {
                    // SAFETY: the kind byte says it is a sequence iterator.
                    let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                    match (it.seq.get().as_obj().map(|o| o.kind()), it.reverse) {
                        (Some(Kind::Str), false) => {
                            let seq = it.seq.get();
                            if seq
                                .as_obj()
                                .and_then(|o| o.downcast::<StrObj>())
                                .is_some_and(|s| s.is_ascii())
                            {
                                Cls::StrAsciiIterator
                            } else {
                                Cls::StrIterator
                            }
                        }
                        (Some(Kind::Tuple), false) => Cls::TupleIterator,
                        (Some(Kind::List) | None, true) => Cls::ListReverseIterator,
                        (_, true) => Cls::Reversed,
                        (Some(Kind::Instance), false) => Cls::SeqIterator,
                        _ => Cls::ListIterator,
                    }
                }
                Kind::DictIter | Kind::DictView => {
                    // SAFETY: both kinds have the DictIterObj layout.
                    let it = unsafe { Gc::<DictIterObj>::from_obj_unchecked(obj) };
                    let view = obj.kind() == Kind::DictView;
                    match (it.part, view) {
                        (DictPart::Keys, false) if it.reverse => Cls::DictReverseKeyIterator,
                        (DictPart::Values, false) if it.reverse => Cls::DictReverseValueIterator,
                        (DictPart::Items, false) if it.reverse => Cls::DictReverseItemIterator,
                        (DictPart::Keys, false) => Cls::DictKeyIterator,
                        (DictPart::Values, false) => Cls::DictValueIterator,
                        (DictPart::Items, false) => Cls::DictItemIterator,
                        (DictPart::Keys, true) => Cls::DictKeys,
                        (DictPart::Values, true) => Cls::DictValues,
                        (DictPart::Items, true) => Cls::DictItems,
                    }
                }
                Kind::Enumerate => Cls::Enumerate,
                Kind::Zip => Cls::Zip,
                Kind::Super => Cls::Super,
                Kind::Generator => Cls::Generator,
                Kind::Map => Cls::Map,
                Kind::Filter => Cls::Filter,
                Kind::Set => Cls::Set,
                Kind::FrozenSet => Cls::FrozenSet,
                Kind::SetIter => Cls::SetIterator,
                Kind::SetTable => Cls::Object,
                Kind::ValueBuf | Kind::RawBuf | Kind::EntryBuf | Kind::Shape | Kind::Stack => {
                    Cls::Object
                }
            },
        };
        self.class(cls)
    }

    /// Reads a value known to be a list.
    pub(crate) fn expect_list(&self, value: Value) -> Gc<ListObj> {
        match value.as_obj().and_then(|o| o.downcast::<ListObj>()) {
            Some(list) => list,
            None => super::internal_error("expected a list"),
        }
    }
}

/// Number of values in `range(start, stop, step)` (`step` is not 0).
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    // In i128 so that extreme bounds and steps cannot overflow.
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    let len = if step > 0 {
        if start >= stop {
            0
        } else {
            (stop - start - 1) / step + 1
        }
    } else if start <= stop {
        0
    } else {
        (start - stop - 1) / -step + 1
    };
    // At most 2^64 - 1 values fit between two i64s; clamp the one impossible case.
    i64::try_from(len).unwrap_or(i64::MAX)
}
