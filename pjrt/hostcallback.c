// Calling the host-callback function pointer Python registered (a file with
// //export may only declare C, so the trampoline lives here).
#include <stdint.h>

typedef int32_t (*hlovm_host_callback_fn)(uint64_t id, int64_t nargs, void* const* args,
                                          const int64_t* arg_bytes, int64_t nres,
                                          void* const* res, const int64_t* res_bytes,
                                          char* err, int64_t err_cap);

int32_t hlovm_call_host_callback(void* fn, uint64_t id, int64_t nargs, void* const* args,
                                 const int64_t* arg_bytes, int64_t nres, void* const* res,
                                 const int64_t* res_bytes, char* err, int64_t err_cap) {
  return ((hlovm_host_callback_fn)fn)(id, nargs, args, arg_bytes, nres, res, res_bytes, err,
                                      err_cap);
}
