package linalg

import "github.com/hlovm/hlovm/interp"

// convPacked is the convolution driver for f32/f64 where the assembly
// micro-kernels run: im2col writes straight into the micro-kernel's packed
// B panels (nr output positions × the whole I·KS depth, k-major), so the
// window matrix is neither materialised nor copied a second time, and the
// work is split over (group, output batch, column chunk) tasks so that all
// cores share the gathering as well as the arithmetic. The weights of each
// group are packed once per call into mr-row panels.
func convPacked[T floatT](p *convPlan, par int, lhs, rhs []T, mr, nr int, kern func(int, *T, *T, *T, int)) []T {
	offs, P, KS := p.offs, p.P, p.KS
	G := int(p.fgc * p.bgc)
	Og := int(p.O) / G
	Nout := int(p.N / p.bgc)
	I := int(p.I)
	K := I * KS
	O := int(p.O)
	out := make([]T, Nout*O*P)
	if P == 0 || Og == 0 || len(out) == 0 {
		return out
	}
	if K == 0 {
		return out
	}
	// packed weights: per group, ceil(Og/mr) panels of K×mr
	mpan := (Og + mr - 1) / mr
	ap := make([]T, G*mpan*K*mr)
	for g := 0; g < G; g++ {
		for ip := 0; ip < mpan; ip++ {
			dst := ap[(g*mpan+ip)*K*mr : (g*mpan+ip+1)*K*mr]
			for i := 0; i < mr; i++ {
				o := ip*mr + i
				if o >= Og {
					continue
				}
				src := rhs[(g*Og+o)*K : (g*Og+o+1)*K]
				for k, v := range src {
					dst[k*mr+i] = v
				}
			}
		}
	}
	npan := (P + nr - 1) / nr
	// chunks of column panels per task: enough tasks for every core
	jobs := G * Nout
	perChunk := max(1, min(npan, (npan*jobs+4*par-1)/(4*par)))
	nchunks := (npan + perChunk - 1) / perChunk
	tasks := jobs * nchunks
	wk := interp.NewWorkers(nil)
	next := make(chan int, tasks)
	for t := 0; t < tasks; t++ {
		next <- t
	}
	close(next)
	workers := min(par, tasks)
	if int64(Nout)*int64(O)*int64(P)*int64(K) < 1<<16 {
		workers = 1 // tiny: goroutines would cost more than they save
	}
	for w := 0; w < workers; w++ {
		work := func() {
			bp := getPanel[T](perChunk * K * nr)
			defer putPanel(bp)
			tile := make([]T, mr*nr)
			var zero T
			for t := range next {
				j, ch := t/nchunks, t%nchunks
				g, b := j/Nout, j%Nout
				lb, c0 := b, 0
				if p.bgc > 1 {
					lb = g*Nout + b
				} else {
					c0 = g * I
				}
				jp0, jp1 := ch*perChunk, min(npan, (ch+1)*perChunk)
				// gather the window columns of this chunk into packed panels
				for jp := jp0; jp < jp1; jp++ {
					panel := bp[(jp-jp0)*K*nr : (jp-jp0+1)*K*nr]
					p0 := jp * nr
					w := min(nr, P-p0)
					for c := 0; c < I; c++ {
						src := lhs[lb*p.bStride+(c0+c)*p.cStride:]
						for ks := 0; ks < KS; ks++ {
							row := panel[(c*KS+ks)*nr : (c*KS+ks+1)*nr]
							o := offs[ks*P+p0 : ks*P+p0+w]
							for jj, off := range o {
								if off >= 0 {
									row[jj] = src[off]
								} else {
									row[jj] = zero
								}
							}
							for jj := w; jj < nr; jj++ {
								row[jj] = zero
							}
						}
					}
				}
				// multiply: every weight panel against every column panel,
				// KC deep at a time so the panels stay in cache
				cbase := (b*O + g*Og) * P
				for pc := 0; pc < K; pc += gemmKC {
					kc := min(gemmKC, K-pc)
					for jp := jp0; jp < jp1; jp++ {
						p0 := jp * nr
						w := min(nr, P-p0)
						bpan := &bp[(jp-jp0)*K*nr+pc*nr]
						for ip := 0; ip < mpan; ip++ {
							apan := &ap[(g*mpan+ip)*K*mr+pc*mr]
							h := min(mr, Og-ip*mr)
							cp := cbase + ip*mr*P + p0
							if h == mr && w == nr {
								kern(kc, apan, bpan, &out[cp], P)
								continue
							}
							clear(tile)
							kern(kc, apan, bpan, &tile[0], nr)
							for i := 0; i < h; i++ {
								row := out[cp+i*P : cp+i*P+w]
								for jj := range row {
									row[jj] += tile[i*nr+jj]
								}
							}
						}
					}
				}
			}
		}
		if workers == 1 {
			wk.Do(work)
		} else {
			wk.Go(work)
		}
	}
	wk.Wait()
	return out
}
