// The C side of plugin objects that api.c answers without calling into Go
// (each cgo call costs about as much as a small eager op's run). The first
// word of every object is its Go handle (handleTable, runtime.go).
#ifndef HLOVM_OBJECTS_H
#define HLOVM_OBJECTS_H
#include <stdint.h>
#include "pjrt.h"

// A buffer: its shape, type, device and memory never change. deleted
// mirrors the Go buffer's flag (set by Buffer_Delete and by donation at
// Execute); ready_ok says its data was ready without error when it was
// handed out. Both only ever go from 0 to 1; Go writes them atomically.
typedef struct {
  uintptr_t handle;
  int64_t* dims;  // owned; at least one element
  size_t num_dims;
  int type;  // PJRT_Buffer_Type
  PJRT_Device* device;
  PJRT_Memory* memory;
  int32_t deleted;
  int32_t ready_ok;
} hlovm_buffer;

// An event. One that had completed without error when it was handed out
// (an eager op run inline) is plain C: handle 0, ready_ok 1.
typedef struct {
  uintptr_t handle;
  int ready_ok;
} hlovm_event;

// An executable (PJRT_Executable): its output count.
typedef struct {
  uintptr_t handle;
  size_t num_outputs;
} hlovm_executable;

#endif
