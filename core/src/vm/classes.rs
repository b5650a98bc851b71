//! The built-in classes every VM creates at start-up, defined once.

use crate::object::class::Builtin;

macro_rules! builtin_classes {
    ($($ident:ident = $name:literal, base: $base:ident, layout: $layout:ident, builtin: $public:literal;)*) => {
        /// A built-in class.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u16)]
        pub enum Cls {
            $(
                #[doc = concat!("`", $name, "`")]
                $ident,
            )*
        }

        impl Cls {
            /// Every built-in class; bases come before their subclasses.
            pub const ALL: &'static [Cls] = &[$(Cls::$ident,)*];

            /// `__name__`.
            pub const fn name(self) -> &'static str {
                match self { $(Cls::$ident => $name,)* }
            }

            /// The base class (`object` is its own base here; it has none).
            pub const fn base(self) -> Cls {
                match self { $(Cls::$ident => Cls::$base,)* }
            }

            /// The layout of instances.
            pub const fn layout(self) -> Builtin {
                match self { $(Cls::$ident => Builtin::$layout,)* }
            }

            /// Whether the builtins module exposes it under its name.
            pub const fn is_public(self) -> bool {
                match self { $(Cls::$ident => $public,)* }
            }
        }
    };
}

builtin_classes! {
    Object = "object", base: Object, layout: Object, builtin: true;
    Type = "type", base: Object, layout: Type, builtin: true;
    NoneType = "NoneType", base: Object, layout: NoneType, builtin: false;
    Int = "int", base: Object, layout: Int, builtin: true;
    Bool = "bool", base: Int, layout: Bool, builtin: true;
    Float = "float", base: Object, layout: Float, builtin: true;
    Str = "str", base: Object, layout: Str, builtin: true;
    Tuple = "tuple", base: Object, layout: Tuple, builtin: true;
    List = "list", base: Object, layout: List, builtin: true;
    Dict = "dict", base: Object, layout: Dict, builtin: true;
    Set = "set", base: Object, layout: Set, builtin: true;
    FrozenSet = "frozenset", base: Object, layout: FrozenSet, builtin: true;
    SetIterator = "set_iterator", base: Object, layout: Iterator, builtin: false;
    Range = "range", base: Object, layout: Range, builtin: true;
    Slice = "slice", base: Object, layout: Slice, builtin: true;
    Function = "function", base: Object, layout: Function, builtin: false;
    BuiltinFunction = "builtin_function_or_method", base: Object, layout: Native, builtin: false;
    Method = "method", base: Object, layout: Method, builtin: false;
    Module = "module", base: Object, layout: Module, builtin: false;
    CellType = "cell", base: Object, layout: Cell, builtin: false;
    Code = "code", base: Object, layout: Code, builtin: false;
    ListIterator = "list_iterator", base: Object, layout: Iterator, builtin: false;
    ListReverseIterator = "list_reverseiterator", base: Object, layout: Iterator, builtin: false;
    TupleIterator = "tuple_iterator", base: Object, layout: Iterator, builtin: false;
    StrIterator = "str_iterator", base: Object, layout: Iterator, builtin: false;
    StrAsciiIterator = "str_ascii_iterator", base: Object, layout: Iterator, builtin: false;
    SeqIterator = "iterator", base: Object, layout: Iterator, builtin: false;
    RangeIterator = "range_iterator", base: Object, layout: Iterator, builtin: false;
    DictKeyIterator = "dict_keyiterator", base: Object, layout: Iterator, builtin: false;
    DictValueIterator = "dict_valueiterator", base: Object, layout: Iterator, builtin: false;
    DictItemIterator = "dict_itemiterator", base: Object, layout: Iterator, builtin: false;
    DictReverseKeyIterator = "dict_reversekeyiterator", base: Object, layout: Iterator, builtin: false;
    DictReverseValueIterator = "dict_reversevalueiterator", base: Object, layout: Iterator, builtin: false;
    DictReverseItemIterator = "dict_reverseitemiterator", base: Object, layout: Iterator, builtin: false;
    DictKeys = "dict_keys", base: Object, layout: Iterator, builtin: false;
    DictValues = "dict_values", base: Object, layout: Iterator, builtin: false;
    DictItems = "dict_items", base: Object, layout: Iterator, builtin: false;
    Enumerate = "enumerate", base: Object, layout: Iterator, builtin: true;
    Zip = "zip", base: Object, layout: Iterator, builtin: true;
    Reversed = "reversed", base: Object, layout: Iterator, builtin: true;
    Traceback = "traceback", base: Object, layout: Object, builtin: false;
    Map = "map", base: Object, layout: Iterator, builtin: true;
    Filter = "filter", base: Object, layout: Iterator, builtin: true;
    Super = "super", base: Object, layout: Super, builtin: true;
    Generator = "generator", base: Object, layout: Iterator, builtin: false;
    Property = "property", base: Object, layout: Property, builtin: true;
    StaticMethod = "staticmethod", base: Object, layout: StaticMethod, builtin: true;
    ClassMethod = "classmethod", base: Object, layout: ClassMethod, builtin: true;
    BaseException = "BaseException", base: Object, layout: Exception, builtin: true;
    SystemExit = "SystemExit", base: BaseException, layout: Exception, builtin: true;
    KeyboardInterrupt = "KeyboardInterrupt", base: BaseException, layout: Exception, builtin: true;
    GeneratorExit = "GeneratorExit", base: BaseException, layout: Exception, builtin: true;
    Exception = "Exception", base: BaseException, layout: Exception, builtin: true;
    StopIteration = "StopIteration", base: Exception, layout: Exception, builtin: true;
    ArithmeticError = "ArithmeticError", base: Exception, layout: Exception, builtin: true;
    ZeroDivisionError = "ZeroDivisionError", base: ArithmeticError, layout: Exception, builtin: true;
    OverflowError = "OverflowError", base: ArithmeticError, layout: Exception, builtin: true;
    FloatingPointError = "FloatingPointError", base: ArithmeticError, layout: Exception, builtin: true;
    AssertionError = "AssertionError", base: Exception, layout: Exception, builtin: true;
    AttributeError = "AttributeError", base: Exception, layout: Exception, builtin: true;
    LookupError = "LookupError", base: Exception, layout: Exception, builtin: true;
    IndexError = "IndexError", base: LookupError, layout: Exception, builtin: true;
    KeyError = "KeyError", base: LookupError, layout: Exception, builtin: true;
    NameError = "NameError", base: Exception, layout: Exception, builtin: true;
    UnboundLocalError = "UnboundLocalError", base: NameError, layout: Exception, builtin: true;
    TypeError = "TypeError", base: Exception, layout: Exception, builtin: true;
    ValueError = "ValueError", base: Exception, layout: Exception, builtin: true;
    UnicodeError = "UnicodeError", base: ValueError, layout: Exception, builtin: true;
    RuntimeError = "RuntimeError", base: Exception, layout: Exception, builtin: true;
    SystemError = "SystemError", base: Exception, layout: Exception, builtin: true;
    RecursionError = "RecursionError", base: RuntimeError, layout: Exception, builtin: true;
    NotImplementedError = "NotImplementedError", base: RuntimeError, layout: Exception, builtin: true;
    MemoryError = "MemoryError", base: Exception, layout: Exception, builtin: true;
    ImportError = "ImportError", base: Exception, layout: Exception, builtin: true;
    ModuleNotFoundError = "ModuleNotFoundError", base: ImportError, layout: Exception, builtin: true;
    SyntaxError = "SyntaxError", base: Exception, layout: Exception, builtin: true;
    IndentationError = "IndentationError", base: SyntaxError, layout: Exception, builtin: true;
    TabError = "TabError", base: IndentationError, layout: Exception, builtin: true;
    EOFError = "EOFError", base: Exception, layout: Exception, builtin: true;
    OSError = "OSError", base: Exception, layout: Exception, builtin: true;
}
