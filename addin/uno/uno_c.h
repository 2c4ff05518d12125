/*
 * uno_c.h - the binary UNO C headers of the LibreOffice SDK, made usable
 * from C11.
 *
 * typelib/typedescription.h declares `inline bool f(_typelib_TypeClass)`,
 * which is C++ only: <stdbool.h> supplies bool, and the enum tag is renamed
 * to its typedef so the parameter type exists in C.  Its TYPELIB_DANGER_*
 * inline helpers have no out-of-line definition in C: never call them.
 */
#ifndef EPA_UNO_C_H
#define EPA_UNO_C_H

#include <stdbool.h>
#define _typelib_TypeClass typelib_TypeClass

#include <rtl/string.h>
#include <rtl/ustring.h>
#include <sal/types.h>
#include <typelib/typeclass.h>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/sequence2.h>

#endif /* EPA_UNO_C_H */
