// The PJRT_Api table, error and memory objects, and the C trampolines Go needs
// to call C function pointers (a file with //export may only declare C).
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "_cgo_export.h"
#include "objects.h"
#include "pjrt.h"

// ---- errors: plain C objects, so the framework can own and free them from
// any thread without reaching Go.
typedef struct {
  PJRT_Error base;
  PJRT_Error_Code code;
  size_t len;
  char msg[];
} hlovm_err;

static void err_destroy(PJRT_Error* e) { free(e); }
static void err_message(const PJRT_Error* e, const char** m, size_t* n) {
  const hlovm_err* h = (const hlovm_err*)e;
  *m = h->msg;
  *n = h->len;
}
static PJRT_Error_Code err_code(const PJRT_Error* e) { return ((const hlovm_err*)e)->code; }
static void err_payloads(const PJRT_Error* e, PJRT_Error_PayloadVisitor v, void* u) {}

static const PJRT_Error_FunctionTable err_table = {
    sizeof(PJRT_Error_FunctionTable), sizeof(hlovm_err), NULL,
    err_destroy, err_message, err_code, err_payloads,
};

PJRT_Error* hlovm_error(int code, const char* msg, size_t len) {
  hlovm_err* e = malloc(sizeof(hlovm_err) + len + 1);
  if (!e) return NULL;  // out of memory: nothing better to return
  e->base.vtable = &err_table;
  e->code = (PJRT_Error_Code)code;
  e->len = len;
  memcpy(e->msg, msg, len);
  e->msg[len] = 0;
  return &e->base;
}

// The framework may hand us errors it made; always go through the vtable.
static void api_error_destroy(PJRT_Error_Destroy_Args* a) {
  if (a->error) a->error->vtable->destroy(a->error);
}
static void api_error_message(PJRT_Error_Message_Args* a) {
  a->error->vtable->message(a->error, &a->message, &a->message_size);
}
static PJRT_Error* api_error_getcode(PJRT_Error_GetCode_Args* a) {
  a->code = a->error->vtable->get_code(a->error);
  return NULL;
}
// No payloads; must return NULL (an error here would be converted recursively).
static PJRT_Error* api_error_foreachpayload(void* a) { return NULL; }

// ---- memories: user data is a small locked list per memory.
typedef struct ud {
  const void* key;
  void* data;
  void (*deleter)(void*);
  struct ud* next;
} ud;
typedef struct {
  PJRT_Memory base;
  pthread_mutex_t mu;
  ud* list;
} hlovm_mem;

static void* mem_get(PJRT_Memory* m, const void* key) {
  hlovm_mem* h = (hlovm_mem*)m;
  void* out = NULL;
  pthread_mutex_lock(&h->mu);
  for (ud* u = h->list; u; u = u->next)
    if (u->key == key) { out = u->data; break; }
  pthread_mutex_unlock(&h->mu);
  return out;
}
static void mem_set(PJRT_Memory* m, const void* key, void* data, void (*deleter)(void*)) {
  hlovm_mem* h = (hlovm_mem*)m;
  void* old = NULL;
  void (*olddel)(void*) = NULL;
  pthread_mutex_lock(&h->mu);
  ud* u = h->list;
  for (; u; u = u->next)
    if (u->key == key) break;
  if (u) {
    old = u->data;
    olddel = u->deleter;
  } else {
    u = calloc(1, sizeof(ud));
    u->key = key;
    u->next = h->list;
    h->list = u;
  }
  u->data = data;
  u->deleter = deleter;
  pthread_mutex_unlock(&h->mu);
  if (olddel && old && old != data) olddel(old);
}
static const PJRT_Memory_FunctionTable mem_table = {
    sizeof(PJRT_Memory_FunctionTable), NULL, sizeof(hlovm_mem), mem_get, mem_set,
};
PJRT_Memory* hlovm_new_memory(void) {
  hlovm_mem* m = calloc(1, sizeof(hlovm_mem));
  m->base.vtable = &mem_table;
  pthread_mutex_init(&m->mu, NULL);
  return &m->base;
}

// ---- trampolines
void hlovm_call_on_ready(PJRT_Event_OnReadyCallback cb, PJRT_Error* err, void* user_arg) {
  cb(err, user_arg);
}
void hlovm_set_named_int64(PJRT_NamedValue* v, int64_t x) { memcpy(&v->value, &x, 8); }
void hlovm_set_named_ptr(PJRT_NamedValue* v, const void* p) {
  uint64_t w = (uint64_t)(uintptr_t)p;
  v->value = w;
}
static void free_assignment(void* da) { free(da); }
static void free_serialized(PJRT_SerializedExecutable* s) { free(s); }
void hlovm_set_serialized_deleter(PJRT_Executable_Serialize_Args* a) {
  a->serialized_executable_deleter = free_serialized;
}
void hlovm_set_assignment_deleter(PJRT_LoadedExecutable_GetDeviceAssignment_Args* a) {
  a->serialized_device_assignment_deleter = free_assignment;
}

// ---- fast paths: calls answered from the C side of objects (objects.h)
// without entering Go; an eager op makes a dozen of these calls.
static PJRT_Error* null_arg(void) {
  static const char m[] = "hlovm: NULL object";
  return hlovm_error(PJRT_Error_Code_INVALID_ARGUMENT, m, sizeof(m) - 1);
}
#define READY_OK(ev) ((ev) != NULL && ((const hlovm_event*)(ev))->ready_ok)

static PJRT_Error* c_Event_Destroy(PJRT_Event_Args* a) {
  if (READY_OK(a->event)) {
    free(a->event);
    return NULL;
  }
  return hlovm_Event_Destroy(a);
}
static PJRT_Error* c_Event_IsReady(PJRT_Event_IsReady_Args* a) {
  if (READY_OK(a->event)) {
    a->is_ready = true;
    return NULL;
  }
  return hlovm_Event_IsReady(a);
}
static PJRT_Error* c_Event_Error(PJRT_Event_Args* a) {
  return READY_OK(a->event) ? NULL : hlovm_Event_Error(a);
}
static PJRT_Error* c_Event_Await(PJRT_Event_Args* a) {
  return READY_OK(a->event) ? NULL : hlovm_Event_Await(a);
}
static PJRT_Error* c_Event_OnReady(PJRT_Event_OnReady_Args* a) {
  if (READY_OK(a->event)) {
    a->callback(NULL, a->user_arg);  // may destroy the event: not touched after
    return NULL;
  }
  return hlovm_Event_OnReady(a);
}
static PJRT_Error* c_Buffer_Device(PJRT_Buffer_Device_Args* a) {
  if (!a->buffer) return null_arg();
  a->device = ((const hlovm_buffer*)a->buffer)->device;
  return NULL;
}
static PJRT_Error* c_Buffer_Memory(PJRT_Buffer_Memory_Args* a) {
  if (!a->buffer) return null_arg();
  a->memory = ((const hlovm_buffer*)a->buffer)->memory;
  return NULL;
}
static PJRT_Error* c_Buffer_ElementType(PJRT_Buffer_ElementType_Args* a) {
  if (!a->buffer) return null_arg();
  a->type = ((const hlovm_buffer*)a->buffer)->type;
  return NULL;
}
static PJRT_Error* c_Buffer_Dimensions(PJRT_Buffer_Dimensions_Args* a) {
  if (!a->buffer) return null_arg();
  const hlovm_buffer* b = (const hlovm_buffer*)a->buffer;
  a->dims = b->dims;
  a->num_dims = b->num_dims;
  return NULL;
}
static PJRT_Error* c_Buffer_IsDeleted(PJRT_Buffer_Bool_Args* a) {
  if (!a->buffer) return null_arg();
  a->value = __atomic_load_n(&((hlovm_buffer*)a->buffer)->deleted, __ATOMIC_ACQUIRE) != 0;
  return NULL;
}
static PJRT_Error* c_Buffer_ReadyEvent(PJRT_Buffer_ReadyEvent_Args* a) {
  hlovm_buffer* b = (hlovm_buffer*)a->buffer;
  if (b && b->ready_ok && !__atomic_load_n(&b->deleted, __ATOMIC_ACQUIRE)) {
    hlovm_event* e = calloc(1, sizeof(hlovm_event));
    if (e) {
      e->ready_ok = 1;
      a->event = (PJRT_Event*)e;
      return NULL;
    }
  }
  return hlovm_Buffer_ReadyEvent(a);  // pending, failed or deleted: Go knows
}
static PJRT_Error* c_Memory_Kind(PJRT_String_Args* a) {
  static const char kind[] = "device";  // Memory_Kind_Id 0
  a->str = kind;
  a->str_size = sizeof(kind) - 1;
  return NULL;
}
static PJRT_Error* c_Executable_NumOutputs(PJRT_Executable_Size_Args* a) {
  if (!a->executable) return null_arg();
  a->value = ((const hlovm_executable*)a->executable)->num_outputs;
  return NULL;
}

// ---- UNIMPLEMENTED stubs, each naming its function.
#define HLOVM_UNIMPL(name)                                               \
  static PJRT_Error* unimpl_##name(void* a) {                            \
    static const char m[] = "hlovm: PJRT_" #name " is not implemented"; \
    return hlovm_error(PJRT_Error_Code_UNIMPLEMENTED, m, sizeof(m) - 1); \
  }
#define HLOVM_UNIMPL_LIST(X)                                                      \
  X(Executable_GetCostAnalysis)                                                   \
  X(LoadedExecutable_Fingerprint)                                                 \
  X(Buffer_GetMemoryLayout)                                                       \
  X(Buffer_IncreaseExternalReferenceCount) X(Buffer_DecreaseExternalReferenceCount) \
  X(Buffer_OpaqueDeviceMemoryDataPointer) X(CopyToDeviceStream_Destroy)           \
  X(CopyToDeviceStream_AddChunk) X(CopyToDeviceStream_TotalBytes)                 \
  X(CopyToDeviceStream_GranuleSize) X(CopyToDeviceStream_CurrentBytes)            \
  X(TopologyDescription_Create) X(TopologyDescription_Destroy)                    \
  X(TopologyDescription_PlatformName) X(TopologyDescription_PlatformVersion)      \
  X(TopologyDescription_GetDeviceDescriptions) X(TopologyDescription_Serialize)   \
  X(TopologyDescription_Attributes) X(Compile) X(Client_CreateViewOfDeviceBuffer) \
  X(Client_TopologyDescription) X(Executable_GetCompiledMemoryStats)              \
  X(ExecuteContext_Create) X(ExecuteContext_Destroy) X(Buffer_CopyRawToHost)      \
  X(AsyncHostToDeviceTransferManager_Destroy)                                     \
  X(AsyncHostToDeviceTransferManager_TransferData)                                \
  X(Client_CreateBuffersForAsyncHostToDevice)                                     \
  X(AsyncHostToDeviceTransferManager_RetrieveBuffer)                              \
  X(AsyncHostToDeviceTransferManager_Device)                                      \
  X(AsyncHostToDeviceTransferManager_BufferCount)                                 \
  X(AsyncHostToDeviceTransferManager_BufferSize)                                  \
  X(AsyncHostToDeviceTransferManager_SetBufferError)                              \
  X(AsyncHostToDeviceTransferManager_AddMetadata) X(Client_DmaMap)                \
  X(Client_DmaUnmap) X(Client_CreateUninitializedBuffer)                          \
  X(Client_UpdateGlobalProcessInfo) X(TopologyDescription_Deserialize)            \
  X(Client_CreateAliasBuffer) X(Client_FulfillAliasBuffer)                        \
  X(Client_CreateErrorBuffer) X(AsyncHostToDeviceTransferManager_TransferLiteral) \
  X(Buffer_CopyRawToHostFuture) X(Device_PoisonExecution)                         \
  X(Executable_GetCompileOptions) X(Buffer_DonateWithControlDependency)           \
  X(Event_Create) X(Event_Set) X(TopologyDescription_Fingerprint)                 \
  X(Executable_ParameterMemoryKinds) X(Device_ClearMemoryStats)                   \
  X(TopologyDescription_MakeCanonicalShapeForMemorySpace)                         \
  X(TopologyDescription_GetMemorySpaceKindIds)
HLOVM_UNIMPL_LIST(HLOVM_UNIMPL)

#define HLOVM_UNIMPL_ENTRY(name) .PJRT_##name = (void*)unimpl_##name,
// Slots implemented in Go are the exported functions hlovm_<slot>.
#define GO(name) .PJRT_##name = (void*)hlovm_##name,
// Slots with a C fast path (falling back to Go where it must).
#define CF(name) .PJRT_##name = (void*)c_##name,

static PJRT_Api api = {
    .struct_size = sizeof(PJRT_Api),
    .extension_start = NULL,
    .pjrt_api_version = {sizeof(PJRT_Api_Version), NULL, HLOVM_PJRT_MAJOR, HLOVM_PJRT_MINOR},
    .PJRT_Error_Destroy = (void*)api_error_destroy,
    .PJRT_Error_Message = (void*)api_error_message,
    .PJRT_Error_GetCode = (void*)api_error_getcode,
    .PJRT_Error_ForEachPayload = (void*)api_error_foreachpayload,
    HLOVM_UNIMPL_LIST(HLOVM_UNIMPL_ENTRY)
    GO(Plugin_Initialize) GO(Plugin_Attributes)
    CF(Event_Destroy) CF(Event_IsReady) CF(Event_Error) CF(Event_Await) CF(Event_OnReady)
    GO(Client_Create) GO(Client_Destroy) GO(Client_PlatformName) GO(Client_ProcessIndex)
    GO(Client_PlatformVersion) GO(Client_Devices) GO(Client_AddressableDevices)
    GO(Client_LookupDevice) GO(Client_LookupAddressableDevice) GO(Client_AddressableMemories)
    GO(Client_Compile) GO(Client_DefaultDeviceAssignment) GO(Client_BufferFromHostBuffer)
    GO(DeviceDescription_Id) GO(DeviceDescription_ProcessIndex) GO(DeviceDescription_Attributes)
    GO(DeviceDescription_Kind) GO(DeviceDescription_DebugString) GO(DeviceDescription_ToString)
    GO(Device_GetDescription) GO(Device_IsAddressable) GO(Device_LocalHardwareId)
    GO(Device_AddressableMemories) GO(Device_DefaultMemory) GO(Device_MemoryStats)
    GO(Buffer_UnsafePointer) GO(Executable_Serialize) GO(Executable_DeserializeAndLoad)
    GO(Executable_OptimizedProgram)
    GO(Memory_Id) CF(Memory_Kind) GO(Memory_DebugString) GO(Memory_ToString)
    GO(Memory_AddressableByDevices) GO(Memory_Kind_Id)
    GO(Executable_Destroy) GO(Executable_Name) GO(Executable_NumReplicas)
    GO(Executable_NumPartitions) CF(Executable_NumOutputs)
    GO(Executable_SizeOfGeneratedCodeInBytes) GO(Executable_OutputMemoryKinds)
    GO(Executable_OutputElementTypes) GO(Executable_OutputDimensions) GO(Executable_Fingerprint)
    GO(LoadedExecutable_Destroy) GO(LoadedExecutable_GetExecutable)
    GO(LoadedExecutable_AddressableDevices) GO(LoadedExecutable_Delete)
    GO(LoadedExecutable_IsDeleted) GO(LoadedExecutable_Execute)
    GO(LoadedExecutable_GetDeviceAssignment)
    GO(Buffer_Destroy) CF(Buffer_ElementType) CF(Buffer_Dimensions)
    .PJRT_Buffer_UnpaddedDimensions = (void*)c_Buffer_Dimensions,
    GO(Buffer_DynamicDimensionIndices) GO(Buffer_OnDeviceSizeInBytes) CF(Buffer_Device)
    CF(Buffer_Memory) GO(Buffer_Delete) CF(Buffer_IsDeleted) GO(Buffer_CopyToDevice)
    GO(Buffer_ToHostBuffer) GO(Buffer_IsOnCpu) CF(Buffer_ReadyEvent) GO(Buffer_CopyToMemory)
    GO(Device_CreateAsyncTrackingEvent) GO(AsyncTrackingEvent_Destroy)
    // NULL: the framework checks these for NULL and falls back
    // (Device_GetAttributes → DeviceDescription_Attributes; Client_Load,
    // Buffer_Bitcast, LoadedExecutable_AddressableDeviceLogicalIds unused).
};

_Static_assert(sizeof(PJRT_Api) == 1144, "PJRT_Api: 3 header words + 138 slots");
_Static_assert(offsetof(PJRT_Api, PJRT_Client_Compile) == 40 + 20 * 8, "Compile slot");
_Static_assert(offsetof(PJRT_Api, PJRT_LoadedExecutable_Execute) == 40 + 55 * 8, "Execute slot");
_Static_assert(offsetof(PJRT_Api, PJRT_Buffer_ToHostBuffer) == 40 + 70 * 8, "ToHost slot");
_Static_assert(sizeof(PJRT_Client_BufferFromHostBuffer_Args) == 120, "BufferFromHostBuffer args");
_Static_assert(sizeof(PJRT_Buffer_ToHostBuffer_Args) == 56, "ToHostBuffer args");
_Static_assert(sizeof(PJRT_LoadedExecutable_Execute_Args) == 80, "Execute args");
_Static_assert(sizeof(PJRT_Client_Compile_Args) == 56, "Compile args");
_Static_assert(sizeof(PJRT_NamedValue) == 56, "NamedValue");
_Static_assert(offsetof(PJRT_Buffer_MemoryLayout, type) == 72, "MemoryLayout type");

__attribute__((visibility("default"))) const PJRT_Api* GetPjrtApi(void) { return &api; }
