package linalg

// Preload loads the BLAS library now (numpy's OpenBLAS, or Accelerate), so
// the first large product does not pay for finding and opening it. The
// plugin calls it in the background when JAX creates its client.
func Preload() { blasLib() }
