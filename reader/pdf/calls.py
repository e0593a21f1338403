"""PDFium's text functions through bare ctypes prototypes, and the out-parameters they
write to, reused call after call: the per-character calls of runs.py dominate
extraction, and the bindings' argument checks cost more than the calls themselves."""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as raw

_P = ctypes.c_void_p
_INT = ctypes.c_int


def _fast(fn: Any, restype: Any, *args: Any) -> Any:
    """A PDFium function through a prototype that takes plain addresses: the bindings'
    pointer checks cost more than the calls themselves."""
    address = ctypes.cast(fn, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *args)(address)


def bare(fn: Any, restype: Any) -> Any:
    """A PDFium function without argument types, for the calls made once a glyph, word
    or run: given only ints (passed as C ints) and ctypes pointer objects, ctypes passes
    them as they are, which costs half of converting declared arguments."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value or 0)


# (text page, character index, ...): every argument an int index or a pointer object.
ORIGIN = bare(raw.FPDFText_GetCharOrigin, _INT)
OBJECT = bare(raw.FPDFText_GetTextObject, _P)
GENERATED = bare(raw.FPDFText_IsGenerated, _INT)
MATRIX = bare(raw.FPDFText_GetMatrix, _INT)
LOOSE = bare(raw.FPDFText_GetLooseCharBox, _INT)
SIZE = bare(raw.FPDFText_GetFontSize, ctypes.c_double)
INFO = bare(raw.FPDFText_GetFontInfo, ctypes.c_ulong)
WEIGHT = bare(raw.FPDFText_GetFontWeight, _INT)
# (text object, ...): once a text object, the object as a pointer object.
OBJ_SIZE = bare(raw.FPDFTextObj_GetFontSize, _INT)
FONT = bare(raw.FPDFTextObj_GetFont, _P)
# Once a font and character, on the addresses PDFium gave.
WIDTH = _fast(raw.FPDFFont_GetGlyphWidth, _INT, _P, ctypes.c_uint32, ctypes.c_float, _P)

# The out-parameters, written by one call and read right after it.
c_x, c_y = ctypes.c_double(), ctypes.c_double()
C_X, C_Y = ctypes.byref(c_x), ctypes.byref(c_y)
c_matrix = raw.FS_MATRIX()
c_float = ctypes.c_float()
c_box = (ctypes.c_float * 4)()
c_name = ctypes.create_string_buffer(256)
c_flags = ctypes.c_int()
MATRIX_REF, FLOAT_REF = ctypes.byref(c_matrix), ctypes.byref(c_float)
FLOAT_AT = ctypes.addressof(c_float)
BOX_REF, NAME_REF = ctypes.byref(c_box), ctypes.byref(c_name)
FLAGS_REF = ctypes.byref(c_flags)
NAME_LEN = ctypes.c_ulong(len(c_name))
