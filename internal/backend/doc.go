// Package backend decides where hlovm runs kernels: the HLOVM_BACKEND
// setting (auto, cpu, cuda, metal) parsed in one place, so the plugin, the
// tiers and the GPU runtimes agree. It only parses and resolves the choice;
// it must not load GPU libraries itself (the cuda and metal packages probe
// their devices and report through the Probe functions given to Resolve).
package backend
