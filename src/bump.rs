//! A bump allocator for a module that holds nothing between calls.
//!
//! Every export of the core allocates its input, its work and its result, and every one of
//! those allocations is freed when the call (and the JS glue reading the result) is done. So
//! the allocator only moves a pointer forward, counts what is live, and starts over from the
//! bottom of its heap as soon as nothing is: memory is reused call after call, and grows only
//! to what the largest single call needs (bounded by the JS layer's limits on what it copies
//! in). The last allocation is freed and resized in place, which is how strings and vectors
//! grow. When memory cannot grow, `alloc` returns null, Rust traps, and the JS layer replaces
//! the instance.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::Cell;
use core::ptr::null_mut;

const PAGE: usize = 65_536;

/// The allocator's state: where its heap starts, where the next allocation goes, and how many
/// allocations are live.
pub struct Bump {
    base: Cell<usize>,
    next: Cell<usize>,
    live: Cell<usize>,
}

// SAFETY: the wasm instance is single-threaded (this module is built without atomics).
unsafe impl Sync for Bump {}

impl Bump {
    /// An allocator whose heap starts at the end of the memory it first finds.
    pub const fn new() -> Self {
        Bump {
            base: Cell::new(0),
            next: Cell::new(0),
            live: Cell::new(0),
        }
    }

    /// Makes sure memory reaches `end`; false when it cannot grow.
    fn reach(end: usize) -> bool {
        let have = wasm32::memory_size(0) * PAGE;
        end <= have || wasm32::memory_grow(0, (end - have).div_ceil(PAGE)) != usize::MAX
    }
}

// SAFETY: allocations never overlap: each one starts at or after the end of every live one,
// since `next` only moves back over an allocation that is freed (the last one) or when none
// is live.
unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if self.live.get() == 0 {
            if self.base.get() == 0 {
                self.base.set(wasm32::memory_size(0) * PAGE);
            }
            self.next.set(self.base.get());
        }
        let align = layout.align() - 1;
        let Some(start) = self.next.get().checked_add(align).map(|n| n & !align) else {
            return null_mut();
        };
        match start.checked_add(layout.size()) {
            Some(end) if Self::reach(end) => {
                self.next.set(end);
                self.live.set(self.live.get() + 1);
                start as *mut u8
            }
            _ => null_mut(),
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.live.set(self.live.get().wrapping_sub(1));
        if ptr as usize + layout.size() == self.next.get() {
            self.next.set(ptr as usize);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let start = ptr as usize;
        if start + layout.size() == self.next.get() {
            // The last allocation: resized in place.
            return match start.checked_add(new_size) {
                Some(end) if Self::reach(end) => {
                    self.next.set(end);
                    ptr
                }
                _ => null_mut(),
            };
        }
        // SAFETY: the caller guarantees `new_size` is valid for `layout.align()`.
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
