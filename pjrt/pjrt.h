// hlovm's own C declarations of the PJRT C ABI (major 0), written from the
// published layout of xla/pjrt/c/pjrt_c_api.h: 64-bit Linux (LP64), every args
// struct starting with {size_t struct_size; void* extension_start;}. Only the
// structs hlovm reads or writes are declared field by field; the PJRT_Api table
// is declared as the ordered list of its 138 slots (HLOVM_PJRT_SLOTS), which is
// the layout of API minors 0.112 through 0.116 (append-only since 0.57).
//
// jaxlib 0.12.0.1 speaks 0.116: its CUDA plugin (jax-cuda13-pjrt 0.12.0.1)
// reports 0.116 with PJRT_Api.struct_size 1144 (138 slots), and the framework
// passes ExecuteOptions of 160 bytes (0.115, jaxlib 0.11.2: 1144 and 144).
// Both accept this table: compatibility mode takes any minor >= 29.
#ifndef HLOVM_PJRT_H_
#define HLOVM_PJRT_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The API version this table implements (that of jaxlib 0.12.0.1): 138 slots,
// the error and memory function tables. jaxlib gates newer calls on it.
#define HLOVM_PJRT_MAJOR 0
#define HLOVM_PJRT_MINOR 116

typedef struct PJRT_Error PJRT_Error;
typedef struct PJRT_Memory PJRT_Memory;

typedef enum {
  PJRT_Error_Code_OK = 0,
  PJRT_Error_Code_CANCELLED = 1,
  PJRT_Error_Code_UNKNOWN = 2,
  PJRT_Error_Code_INVALID_ARGUMENT = 3,
  PJRT_Error_Code_NOT_FOUND = 5,
  PJRT_Error_Code_FAILED_PRECONDITION = 9,
  PJRT_Error_Code_UNIMPLEMENTED = 12,
  PJRT_Error_Code_INTERNAL = 13,
} PJRT_Error_Code;

typedef void (*PJRT_Error_PayloadVisitor)(const char* key, size_t key_size,
                                          const char* value, size_t value_size,
                                          void* user_arg);

// Errors and memories begin with a function table (non-opaque since 0.112).
typedef struct {
  size_t struct_size;
  size_t instance_size;
  void* extension_start;
  void (*destroy)(PJRT_Error* error);
  void (*message)(const PJRT_Error* error, const char** message, size_t* size);
  PJRT_Error_Code (*get_code)(const PJRT_Error* error);
  void (*for_each_payload)(const PJRT_Error* error, PJRT_Error_PayloadVisitor v,
                           void* user_arg);
} PJRT_Error_FunctionTable;

struct PJRT_Error {
  const PJRT_Error_FunctionTable* vtable;
};

typedef struct {
  size_t struct_size;
  void* extension_start;
  size_t instance_struct_size;
  void* (*get_user_data)(PJRT_Memory* memory, const void* key);
  void (*set_user_data)(PJRT_Memory* memory, const void* key, void* data,
                        void (*deleter)(void*));
} PJRT_Memory_FunctionTable;

struct PJRT_Memory {
  const PJRT_Memory_FunctionTable* vtable;
};

// Every other object is plugin-defined; hlovm's all begin with a handle word.
typedef struct PJRT_Event PJRT_Event;
typedef struct PJRT_Client PJRT_Client;
typedef struct PJRT_Device PJRT_Device;
typedef struct PJRT_DeviceDescription PJRT_DeviceDescription;
typedef struct PJRT_Executable PJRT_Executable;
typedef struct PJRT_LoadedExecutable PJRT_LoadedExecutable;
typedef struct PJRT_Buffer PJRT_Buffer;
struct PJRT_Event { uintptr_t handle; };
struct PJRT_Client { uintptr_t handle; };
struct PJRT_Device { uintptr_t handle; };
struct PJRT_DeviceDescription { uintptr_t handle; };
struct PJRT_Executable { uintptr_t handle; };
struct PJRT_LoadedExecutable { uintptr_t handle; };
struct PJRT_Buffer { uintptr_t handle; };

typedef enum {
  PJRT_NamedValue_kString = 0,
  PJRT_NamedValue_kInt64 = 1,
  PJRT_NamedValue_kInt64List = 2,
  PJRT_NamedValue_kFloat = 3,
  PJRT_NamedValue_kBool = 4,
} PJRT_NamedValue_Type;

// The value word is an anonymous union in the published header (string
// pointer, int64, int64 pointer, float or bool); here it is one 8-byte word
// read and written through the accessors in api.c.
typedef struct {
  size_t struct_size;
  void* extension_start;
  const char* name;
  size_t name_size;
  PJRT_NamedValue_Type type;
  uint64_t value;
  size_t value_size;
} PJRT_NamedValue;

#define HLOVM_ARGS_HEAD \
  size_t struct_size;   \
  void* extension_start;

typedef struct { HLOVM_ARGS_HEAD PJRT_Error* error; } PJRT_Error_Destroy_Args;
typedef struct { HLOVM_ARGS_HEAD const PJRT_Error* error; const char* message; size_t message_size; } PJRT_Error_Message_Args;
typedef struct { HLOVM_ARGS_HEAD const PJRT_Error* error; PJRT_Error_Code code; } PJRT_Error_GetCode_Args;
typedef struct { HLOVM_ARGS_HEAD } PJRT_Plugin_Initialize_Args;
typedef struct { HLOVM_ARGS_HEAD const PJRT_NamedValue* attributes; size_t num_attributes; } PJRT_Plugin_Attributes_Args;

typedef void (*PJRT_Event_OnReadyCallback)(PJRT_Error* error, void* user_arg);
typedef struct { HLOVM_ARGS_HEAD PJRT_Event* event; } PJRT_Event_Args;  // Destroy, Error, Await
typedef struct { HLOVM_ARGS_HEAD PJRT_Event* event; bool is_ready; } PJRT_Event_IsReady_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Event* event; PJRT_Event_OnReadyCallback callback; void* user_arg; } PJRT_Event_OnReady_Args;

typedef struct {
  HLOVM_ARGS_HEAD
  const PJRT_NamedValue* create_options;
  size_t num_options;
  void* kv_get_callback;
  void* kv_get_user_arg;
  void* kv_put_callback;
  void* kv_put_user_arg;
  PJRT_Client* client;  // out
} PJRT_Client_Create_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Client* client; } PJRT_Client_Destroy_Args;
// PlatformName, PlatformVersion: a string out.
typedef struct { HLOVM_ARGS_HEAD PJRT_Client* client; const char* str; size_t str_size; } PJRT_Client_String_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Client* client; int process_index; } PJRT_Client_ProcessIndex_Args;
// Devices, AddressableDevices.
typedef struct { HLOVM_ARGS_HEAD PJRT_Client* client; PJRT_Device* const* devices; size_t num_devices; } PJRT_Client_Devices_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Client* client; int id; PJRT_Device* device; } PJRT_Client_LookupDevice_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Client* client; PJRT_Memory* const* memories; size_t num_memories; } PJRT_Client_AddressableMemories_Args;

typedef struct {
  HLOVM_ARGS_HEAD
  const char* code;
  size_t code_size;
  const char* format;
  size_t format_size;
} PJRT_Program;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Client* client;
  const PJRT_Program* program;
  const char* compile_options;
  size_t compile_options_size;
  PJRT_LoadedExecutable* executable;  // out
} PJRT_Client_Compile_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Client* client;
  int num_replicas;
  int num_partitions;
  size_t default_assignment_size;
  int* default_assignment;  // caller-allocated, filled here
} PJRT_Client_DefaultDeviceAssignment_Args;

typedef enum {
  PJRT_HostBufferSemantics_kImmutableOnlyDuringCall = 0,
  PJRT_HostBufferSemantics_kImmutableUntilTransferCompletes = 1,
  PJRT_HostBufferSemantics_kImmutableZeroCopy = 2,
  PJRT_HostBufferSemantics_kMutableZeroCopy = 3,
} PJRT_HostBufferSemantics;

typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Client* client;
  const void* data;
  int type;  // PJRT_Buffer_Type
  const int64_t* dims;
  size_t num_dims;
  const int64_t* byte_strides;
  size_t num_byte_strides;
  int host_buffer_semantics;
  PJRT_Device* device;
  PJRT_Memory* memory;
  void* device_layout;
  PJRT_Event* done_with_host_buffer;  // out
  PJRT_Buffer* buffer;                // out
} PJRT_Client_BufferFromHostBuffer_Args;

// DeviceDescription_{Id,ProcessIndex}, Device_LocalHardwareId, Memory_{Id,Kind_Id}: an int out.
typedef struct { HLOVM_ARGS_HEAD void* object; int value; } PJRT_Int_Args;
// DeviceDescription_{Kind,DebugString,ToString}, Memory_{Kind,DebugString,ToString},
// Executable_Name: a string out.
typedef struct { HLOVM_ARGS_HEAD void* object; const char* str; size_t str_size; } PJRT_String_Args;
// Attributes of a device description: both outputs 0/NULL here.
typedef struct { HLOVM_ARGS_HEAD void* object; size_t num; const void* ptr; } PJRT_Empty_List_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Device* device; PJRT_DeviceDescription* device_description; } PJRT_Device_GetDescription_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Device* device; bool is_addressable; } PJRT_Device_IsAddressable_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Device* device; PJRT_Memory* const* memories; size_t num_memories; } PJRT_Device_AddressableMemories_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Device* device; PJRT_Memory* memory; } PJRT_Device_DefaultMemory_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Memory* memory; PJRT_Device* const* devices; size_t num_devices; } PJRT_Memory_AddressableByDevices_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Device* device;
  const char* description;
  size_t description_size;
  void* event;  // out: PJRT_AsyncTrackingEvent*
} PJRT_Device_CreateAsyncTrackingEvent_Args;
typedef struct { HLOVM_ARGS_HEAD void* event; } PJRT_AsyncTrackingEvent_Destroy_Args;

typedef struct { HLOVM_ARGS_HEAD PJRT_Executable* executable; } PJRT_Executable_Destroy_Args;
// NumReplicas, NumPartitions, NumOutputs: a size_t out.
typedef struct { HLOVM_ARGS_HEAD PJRT_Executable* executable; size_t value; } PJRT_Executable_Size_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Executable* executable; int64_t size_in_bytes; } PJRT_Executable_SizeOfGeneratedCodeInBytes_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Executable* executable;
  size_t num_outputs;
  const char* const* memory_kinds;
  const size_t* memory_kind_sizes;
} PJRT_Executable_OutputMemoryKinds_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Executable* executable;
  int* output_types;  // PJRT_Buffer_Type
  size_t num_output_types;
} PJRT_Executable_OutputElementTypes_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Executable* executable;
  size_t num_outputs;
  const int64_t* dims;
  const size_t* dim_sizes;
} PJRT_Executable_OutputDimensions_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Executable* executable;
  const char* executable_fingerprint;
  size_t executable_fingerprint_size;
} PJRT_Executable_Fingerprint_Args;

typedef struct { HLOVM_ARGS_HEAD PJRT_LoadedExecutable* executable; } PJRT_LoadedExecutable_Args;  // Destroy, Delete
typedef struct { HLOVM_ARGS_HEAD PJRT_LoadedExecutable* loaded_executable; PJRT_Executable* executable; } PJRT_LoadedExecutable_GetExecutable_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_LoadedExecutable* executable; PJRT_Device* const* addressable_devices; size_t num_addressable_devices; } PJRT_LoadedExecutable_AddressableDevices_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_LoadedExecutable* executable; bool is_deleted; } PJRT_LoadedExecutable_IsDeleted_Args;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_LoadedExecutable* executable;
  const char* serialized_bytes;
  size_t serialized_bytes_size;
  void* serialized_device_assignment;
  void (*serialized_device_assignment_deleter)(void* da);
} PJRT_LoadedExecutable_GetDeviceAssignment_Args;

typedef struct {
  HLOVM_ARGS_HEAD
  void* send_callbacks;
  void* recv_callbacks;
  size_t num_send_ops;
  size_t num_recv_ops;
  int launch_id;
  const int64_t* non_donatable_input_indices;
  size_t num_non_donatable_input_indices;
  void* context;
} PJRT_ExecuteOptions;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_LoadedExecutable* executable;
  PJRT_ExecuteOptions* options;
  PJRT_Buffer* const* const* argument_lists;
  size_t num_devices;
  size_t num_args;
  PJRT_Buffer** const* output_lists;
  PJRT_Event** device_complete_events;
  PJRT_Device* execute_device;
} PJRT_LoadedExecutable_Execute_Args;

typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; } PJRT_Buffer_Args;  // Destroy, Delete
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; int type; } PJRT_Buffer_ElementType_Args;
// Dimensions, UnpaddedDimensions.
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; const int64_t* dims; size_t num_dims; } PJRT_Buffer_Dimensions_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; const size_t* dynamic_dim_indices; size_t num_dynamic_dims; } PJRT_Buffer_DynamicDimensionIndices_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; size_t on_device_size_in_bytes; } PJRT_Buffer_OnDeviceSizeInBytes_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; PJRT_Device* device; } PJRT_Buffer_Device_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; PJRT_Memory* memory; } PJRT_Buffer_Memory_Args;
// IsDeleted, IsOnCpu.
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; bool value; } PJRT_Buffer_Bool_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; PJRT_Device* dst_device; PJRT_Buffer* dst_buffer; } PJRT_Buffer_CopyToDevice_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; PJRT_Memory* dst_memory; PJRT_Buffer* dst_buffer; } PJRT_Buffer_CopyToMemory_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; PJRT_Event* event; } PJRT_Buffer_ReadyEvent_Args;
typedef struct { HLOVM_ARGS_HEAD PJRT_Buffer* buffer; uintptr_t buffer_pointer; } PJRT_Buffer_UnsafePointer_Args;

// Device_MemoryStats: bytes_in_use, then (value, is_set) pairs, all out.
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Device* device;
  int64_t bytes_in_use;
  int64_t peak_bytes_in_use; bool peak_bytes_in_use_is_set;
  int64_t num_allocs; bool num_allocs_is_set;
  int64_t largest_alloc_size; bool largest_alloc_size_is_set;
  int64_t bytes_limit; bool bytes_limit_is_set;
  int64_t bytes_reserved; bool bytes_reserved_is_set;
  int64_t peak_bytes_reserved; bool peak_bytes_reserved_is_set;
  int64_t bytes_reservable_limit; bool bytes_reservable_limit_is_set;
  int64_t largest_free_block_bytes; bool largest_free_block_bytes_is_set;
  int64_t pool_bytes; bool pool_bytes_is_set;
  int64_t peak_pool_bytes; bool peak_pool_bytes_is_set;
} PJRT_Device_MemoryStats_Args;

// Executable_OptimizedProgram: called with program->code NULL for the size
// (code_size), then with code_size bytes at program->code; the plugin sets
// the format.
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Executable* executable;
  PJRT_Program* program;  // in/out
} PJRT_Executable_OptimizedProgram_Args;

// Executable_Serialize: the bytes live as long as serialized_executable,
// which the caller frees with the deleter.
typedef struct PJRT_SerializedExecutable PJRT_SerializedExecutable;
typedef struct {
  HLOVM_ARGS_HEAD
  const PJRT_Executable* executable;
  const char* serialized_bytes;
  size_t serialized_bytes_size;
  PJRT_SerializedExecutable* serialized_executable;
  void (*serialized_executable_deleter)(PJRT_SerializedExecutable*);
} PJRT_Executable_Serialize_Args;
// The last two fields came later: read them only within struct_size.
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Client* client;
  const char* serialized_executable;
  size_t serialized_executable_size;
  PJRT_LoadedExecutable* loaded_executable;
  const char* overridden_serialized_compile_options;
  size_t overridden_serialized_compile_options_size;
} PJRT_Executable_DeserializeAndLoad_Args;

// PJRT_Buffer_MemoryLayout: {HEAD; union {tiled, strides}; int type}; the
// union's members are structs with their own HEAD. Tiled: minor_to_major, its
// size, tile_dims, tile_dim_sizes, num_tiles. Strides: byte_strides, count.
typedef struct {
  HLOVM_ARGS_HEAD
  size_t inner_struct_size;
  void* inner_extension_start;
  const int64_t* minor_to_major;  // strides layout: byte_strides
  size_t minor_to_major_size;
  const int64_t* tile_dims;
  const size_t* tile_dim_sizes;
  size_t num_tiles;
  int type;  // 0: tiled, 1: strides
} PJRT_Buffer_MemoryLayout;
typedef struct {
  HLOVM_ARGS_HEAD
  PJRT_Buffer* src;
  PJRT_Buffer_MemoryLayout* host_layout;
  void* dst;
  size_t dst_size;
  PJRT_Event* event;  // out
} PJRT_Buffer_ToHostBuffer_Args;

// The PJRT_Api slots in their ABI order.
#define HLOVM_PJRT_SLOTS(X)                                                   \
  X(Error_Destroy) X(Error_Message) X(Error_GetCode) X(Plugin_Initialize)     \
  X(Plugin_Attributes) X(Event_Destroy) X(Event_IsReady) X(Event_Error)       \
  X(Event_Await) X(Event_OnReady) X(Client_Create) X(Client_Destroy)          \
  X(Client_PlatformName) X(Client_ProcessIndex) X(Client_PlatformVersion)     \
  X(Client_Devices) X(Client_AddressableDevices) X(Client_LookupDevice)       \
  X(Client_LookupAddressableDevice) X(Client_AddressableMemories)             \
  X(Client_Compile) X(Client_DefaultDeviceAssignment)                         \
  X(Client_BufferFromHostBuffer) X(DeviceDescription_Id)                      \
  X(DeviceDescription_ProcessIndex) X(DeviceDescription_Attributes)           \
  X(DeviceDescription_Kind) X(DeviceDescription_DebugString)                  \
  X(DeviceDescription_ToString) X(Device_GetDescription)                      \
  X(Device_IsAddressable) X(Device_LocalHardwareId)                           \
  X(Device_AddressableMemories) X(Device_DefaultMemory) X(Device_MemoryStats) \
  X(Memory_Id) X(Memory_Kind) X(Memory_DebugString) X(Memory_ToString)        \
  X(Memory_AddressableByDevices) X(Executable_Destroy) X(Executable_Name)     \
  X(Executable_NumReplicas) X(Executable_NumPartitions)                       \
  X(Executable_NumOutputs) X(Executable_SizeOfGeneratedCodeInBytes)           \
  X(Executable_GetCostAnalysis) X(Executable_OutputMemoryKinds)               \
  X(Executable_OptimizedProgram) X(Executable_Serialize)                      \
  X(LoadedExecutable_Destroy) X(LoadedExecutable_GetExecutable)               \
  X(LoadedExecutable_AddressableDevices) X(LoadedExecutable_Delete)           \
  X(LoadedExecutable_IsDeleted) X(LoadedExecutable_Execute)                   \
  X(Executable_DeserializeAndLoad) X(LoadedExecutable_Fingerprint)            \
  X(Buffer_Destroy) X(Buffer_ElementType) X(Buffer_Dimensions)                \
  X(Buffer_UnpaddedDimensions) X(Buffer_DynamicDimensionIndices)              \
  X(Buffer_GetMemoryLayout) X(Buffer_OnDeviceSizeInBytes) X(Buffer_Device)    \
  X(Buffer_Memory) X(Buffer_Delete) X(Buffer_IsDeleted) X(Buffer_CopyToDevice) \
  X(Buffer_ToHostBuffer) X(Buffer_IsOnCpu) X(Buffer_ReadyEvent)               \
  X(Buffer_UnsafePointer) X(Buffer_IncreaseExternalReferenceCount)            \
  X(Buffer_DecreaseExternalReferenceCount)                                    \
  X(Buffer_OpaqueDeviceMemoryDataPointer) X(CopyToDeviceStream_Destroy)       \
  X(CopyToDeviceStream_AddChunk) X(CopyToDeviceStream_TotalBytes)             \
  X(CopyToDeviceStream_GranuleSize) X(CopyToDeviceStream_CurrentBytes)        \
  X(TopologyDescription_Create) X(TopologyDescription_Destroy)                \
  X(TopologyDescription_PlatformName) X(TopologyDescription_PlatformVersion)  \
  X(TopologyDescription_GetDeviceDescriptions)                                \
  X(TopologyDescription_Serialize) X(TopologyDescription_Attributes)          \
  X(Compile) X(Executable_OutputElementTypes) X(Executable_OutputDimensions)  \
  X(Buffer_CopyToMemory) X(Client_CreateViewOfDeviceBuffer)                   \
  X(Executable_Fingerprint) X(Client_TopologyDescription)                     \
  X(Executable_GetCompiledMemoryStats) X(Memory_Kind_Id)                      \
  X(ExecuteContext_Create) X(ExecuteContext_Destroy) X(Buffer_CopyRawToHost)  \
  X(AsyncHostToDeviceTransferManager_Destroy)                                 \
  X(AsyncHostToDeviceTransferManager_TransferData)                            \
  X(Client_CreateBuffersForAsyncHostToDevice)                                 \
  X(AsyncHostToDeviceTransferManager_RetrieveBuffer)                          \
  X(AsyncHostToDeviceTransferManager_Device)                                  \
  X(AsyncHostToDeviceTransferManager_BufferCount)                             \
  X(AsyncHostToDeviceTransferManager_BufferSize)                              \
  X(AsyncHostToDeviceTransferManager_SetBufferError)                          \
  X(AsyncHostToDeviceTransferManager_AddMetadata) X(Client_DmaMap)            \
  X(Client_DmaUnmap) X(Client_CreateUninitializedBuffer)                      \
  X(Client_UpdateGlobalProcessInfo) X(TopologyDescription_Deserialize)        \
  X(Client_CreateAliasBuffer) X(Client_FulfillAliasBuffer)                    \
  X(LoadedExecutable_GetDeviceAssignment) X(Client_CreateErrorBuffer)         \
  X(AsyncHostToDeviceTransferManager_TransferLiteral)                         \
  X(Buffer_CopyRawToHostFuture) X(Device_PoisonExecution)                     \
  X(Device_CreateAsyncTrackingEvent) X(AsyncTrackingEvent_Destroy)            \
  X(Executable_GetCompileOptions) X(Buffer_DonateWithControlDependency)       \
  X(Event_Create) X(Event_Set) X(Device_GetAttributes) X(Client_Load)         \
  X(LoadedExecutable_AddressableDeviceLogicalIds) X(Buffer_Bitcast)           \
  X(Error_ForEachPayload) X(TopologyDescription_Fingerprint)                  \
  X(Executable_ParameterMemoryKinds) X(Device_ClearMemoryStats)               \
  X(TopologyDescription_MakeCanonicalShapeForMemorySpace)                     \
  X(TopologyDescription_GetMemorySpaceKindIds)

typedef struct {
  size_t struct_size;
  void* extension_start;
  int major_version;
  int minor_version;
} PJRT_Api_Version;

#define HLOVM_SLOT_FIELD(name) void* PJRT_##name;
typedef struct {
  size_t struct_size;
  void* extension_start;
  PJRT_Api_Version pjrt_api_version;
  HLOVM_PJRT_SLOTS(HLOVM_SLOT_FIELD)
} PJRT_Api;

// Helpers defined in api.c.
PJRT_Error* hlovm_error(int code, const char* msg, size_t len);
PJRT_Memory* hlovm_new_memory(void);
void hlovm_call_on_ready(PJRT_Event_OnReadyCallback cb, PJRT_Error* err, void* user_arg);
void hlovm_set_named_int64(PJRT_NamedValue* v, int64_t x);
void hlovm_set_named_ptr(PJRT_NamedValue* v, const void* p);
void hlovm_set_assignment_deleter(PJRT_LoadedExecutable_GetDeviceAssignment_Args* a);
void hlovm_set_serialized_deleter(PJRT_Executable_Serialize_Args* a);
void hlovm_set_user_data_table(void);

#endif
