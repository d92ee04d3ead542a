/* TEST-ONLY stub of mscms.dll for wine 8, whose WcsCreateIccProfile is unimplemented (the process
 * aborts when qwindows.dll calls it). Never shipped: smoke.sh builds it with mingw into the test wine
 * prefix's system32 and loads it with WINEDLLOVERRIDES=mscms=n. These are the 4 functions qwindows.dll
 * imports; each fails, so Qt falls back to sRGB. */
#include <windows.h>
#define EXPORT __declspec(dllexport)

EXPORT HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) { (void)profile; (void)access; (void)share; (void)creation; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
EXPORT BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
EXPORT BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buf, DWORD *size) { (void)profile; (void)buf; if (size) *size = 0; SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
EXPORT HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) { (void)profile; (void)options; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
