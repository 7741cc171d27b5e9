#include "interrupt.h"

#include <csignal>

namespace fm::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void fmOnInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

std::atomic<bool> &interruptFlag()
{
    return g_interrupted;
}

void watchInterrupts()
{
    g_interrupted.store(false);
    std::signal(SIGINT, fmOnInterrupt);
    std::signal(SIGTERM, fmOnInterrupt);
}

} // namespace fm::cli
