#pragma once

#include <atomic>

namespace fm::cli {

/** Set by Ctrl-C (SIGINT) or SIGTERM once watchInterrupts() ran; long commands poll it. */
std::atomic<bool> &interruptFlag();
/** Clears the flag and routes SIGINT and SIGTERM to it. */
void watchInterrupts();

} // namespace fm::cli
