"""Python 3.11's `enum._simple_enum`, for the one shape PySide asks for, in half the time.

`fast_enums.py` sends Qt's enums (a plain Enum, IntEnum, Flag or IntFlag of (name, int)
pairs, no duplicate names) to the standard library's fast path. On 3.11 that path still
costs ~70 us an enum: for each member it sets a redirecting property on the finished
class through `EnumType.__setattr__` (a check and a type-cache reset per member), and it
first makes a throw-away class to read the members from. The editor makes ~165 such enums
before its first paint (2,700 members), 12 ms.

`simple_enum_of_pairs` makes the class `_simple_enum` makes from the same input: the
same attributes in the same order with the same values, members made the same way
(`_sort_order_`, `__objclass__`, masks, iteration order, aliases), the redirecting
properties given to `type()` in the class body, which names them as `__set_name__` does.
The class body of 3.11.7's `_simple_enum` is what it follows; `fast_enums` uses it only
on Python 3.11 (another version keeps `_simple_enum`), and
`tests/ui/session/test_fast_enums.py` compares every enum of QtCore, QtGui and QtWidgets
made this way with the functional API's, and with `_simple_enum`'s attribute by attribute.
"""

from __future__ import annotations

import builtins
import enum
from typing import Any

_FLAG_OPERATORS = ("__or__", "__xor__", "__and__", "__ror__", "__rxor__", "__rand__",
                   "__invert__")
# The methods a class made by _simple_enum takes as its own when its base's are the
# member type's or object's (so repr and pickling are the enum's, not int's).
_OWN_METHODS = ("__repr__", "__str__", "__format__", "__reduce_ex__")


def simple_enum_of_pairs(base: Any, class_name: str, pairs: list[tuple[str, int]],
                         module: str, boundary: Any) -> Any:
    """The enum `_simple_enum(base, boundary=boundary)` makes of a class named
    `class_name` in `module` whose body is `pairs`. `pairs` has no name twice."""
    member_type = base._member_type_
    new_member = member_type.__new__
    use_args = base._use_args_
    member_names: list[str] = []
    member_map: dict[str, Any] = {}
    value2member_map: dict[int, Any] = {}
    body: dict[str, Any] = {
        "_new_member_": new_member, "_use_args_": use_args,
        "_generate_next_value_": base._generate_next_value_,
        "_member_names_": member_names, "_member_map_": member_map,
        "_value2member_map_": value2member_map, "_unhashable_values_": [],
        "_member_type_": member_type, "_value_repr_": base._value_repr_}
    is_flag = issubclass(base, enum.Flag)
    if is_flag:
        body.update(_boundary_=boundary or base._boundary_, _flag_mask_=None,
                    _all_bits_=None, _singles_mask_=None, _inverted_=None)
        for operator in _FLAG_OPERATORS:
            body[operator] = getattr(enum.Flag, operator)
    body["__module__"] = module
    body["__doc__"] = "An enumeration."
    for name in _OWN_METHODS:
        inherited = getattr(base, name)
        if inherited in (getattr(member_type, name), getattr(object, name)):
            body[name] = inherited
    for name, _value in pairs:
        body[name] = enum.property()  # type() calls its __set_name__ with the class
    enum_class: Any = builtins.type(class_name, (base,), body, boundary=boundary, _simple=True)
    singles = multiples = 0
    for name, value in pairs:
        if value in value2member_map:  # an alias of an earlier member
            member_map[name] = value2member_map[value]
            continue
        member = new_member(enum_class, value) if use_args else new_member(enum_class)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(value)
        member._sort_order_ = len(member_names)
        member_map[name] = member
        value2member_map[value] = member
        if not is_flag:
            member_names.append(name)
        elif value and not value & (value - 1):  # one bit: a flag of its own
            member_names.append(name)
            singles |= value
        else:  # no bit or several: an alias-like combination, not iterated
            multiples |= value
    if is_flag:
        enum_class._flag_mask_ = singles | multiples
        enum_class._singles_mask_ = singles
        enum_class._all_bits_ = 2 ** ((singles | multiples).bit_length()) - 1
        values = [member._value_ for member in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
    enum_class.__new__ = enum.Enum.__new__
    return enum_class
