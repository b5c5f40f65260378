// The one declaration of Apple's MIG-generated <mach/mach_vm.h> that the
// darwin/arm64 build needs and zig's macOS libc headers lack: prometheus'
// client_golang (the plugin's metrics) calls mach_vm_region from cgo on
// darwin. The function is in libSystem (zig's libSystem.tbd lists it); this
// prototype is Apple's. Used only by the cross build (make wheel-macos).
#ifndef HLOVM_MACH_VM_H
#define HLOVM_MACH_VM_H
#include <mach/mach_types.h>
#include <mach/message.h>
kern_return_t mach_vm_region(vm_map_read_t target_task, mach_vm_address_t *address,
                             mach_vm_size_t *size, vm_region_flavor_t flavor,
                             vm_region_info_t info, mach_msg_type_number_t *infoCnt,
                             mach_port_t *object_name);
#endif
