//! Well-known interned strings (`__init__`, `__name__`, ...), created once per VM.

macro_rules! well_known_names {
    ($($ident:ident = $text:literal,)*) => {
        /// A well-known interned string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types, reason = "variants spell the Python names")]
        #[repr(u16)]
        pub enum Name {
            $(
                #[doc = concat!("`", $text, "`")]
                $ident,
            )*
        }

        impl Name {
            /// Every name, in declaration order.
            pub const ALL: &'static [Name] = &[$(Name::$ident,)*];

            /// The text.
            pub const fn text(self) -> &'static str {
                match self { $(Name::$ident => $text,)* }
            }
        }
    };
}

well_known_names! {
    __init__ = "__init__",
    __new__ = "__new__",
    __name__ = "__name__",
    __qualname__ = "__qualname__",
    __module__ = "__module__",
    __class__ = "__class__",
    __classcell__ = "__classcell__",
    __dict__ = "__dict__",
    __doc__ = "__doc__",
    __slots__ = "__slots__",
    __main__ = "__main__",
    __builtins__ = "__builtins__",
    __str__ = "__str__",
    __repr__ = "__repr__",
    __len__ = "__len__",
    __bool__ = "__bool__",
    __hash__ = "__hash__",
    __eq__ = "__eq__",
    __ne__ = "__ne__",
    __lt__ = "__lt__",
    __le__ = "__le__",
    __gt__ = "__gt__",
    __ge__ = "__ge__",
    __iter__ = "__iter__",
    __next__ = "__next__",
    __getitem__ = "__getitem__",
    __setitem__ = "__setitem__",
    __delitem__ = "__delitem__",
    __missing__ = "__missing__",
    __reversed__ = "__reversed__",
    __contains__ = "__contains__",
    __call__ = "__call__",
    __getattr__ = "__getattr__",
    __enter__ = "__enter__",
    __exit__ = "__exit__",
    __neg__ = "__neg__",
    __pos__ = "__pos__",
    __abs__ = "__abs__",
    __invert__ = "__invert__",
    __index__ = "__index__",
    __float__ = "__float__",
    __int__ = "__int__",
    __context__ = "__context__",
    __cause__ = "__cause__",
    __suppress_context__ = "__suppress_context__",
    __add__ = "__add__",
    __radd__ = "__radd__",
    __iadd__ = "__iadd__",
    __sub__ = "__sub__",
    __rsub__ = "__rsub__",
    __isub__ = "__isub__",
    __mul__ = "__mul__",
    __rmul__ = "__rmul__",
    __imul__ = "__imul__",
    __truediv__ = "__truediv__",
    __rtruediv__ = "__rtruediv__",
    __itruediv__ = "__itruediv__",
    __floordiv__ = "__floordiv__",
    __rfloordiv__ = "__rfloordiv__",
    __ifloordiv__ = "__ifloordiv__",
    __mod__ = "__mod__",
    __rmod__ = "__rmod__",
    __imod__ = "__imod__",
    __pow__ = "__pow__",
    __rpow__ = "__rpow__",
    __ipow__ = "__ipow__",
    __matmul__ = "__matmul__",
    __rmatmul__ = "__rmatmul__",
    __imatmul__ = "__imatmul__",
    __lshift__ = "__lshift__",
    __rlshift__ = "__rlshift__",
    __ilshift__ = "__ilshift__",
    __rshift__ = "__rshift__",
    __rrshift__ = "__rrshift__",
    __irshift__ = "__irshift__",
    __and__ = "__and__",
    __rand__ = "__rand__",
    __iand__ = "__iand__",
    __or__ = "__or__",
    __ror__ = "__ror__",
    __ior__ = "__ior__",
    __xor__ = "__xor__",
    __rxor__ = "__rxor__",
    __ixor__ = "__ixor__",
    args = "args",
    self_ = "self",
    module_name = "<module>",
    empty = "",
    none = "None",
    true_ = "True",
    false_ = "False",
}
