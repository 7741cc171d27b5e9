#pragma once

namespace fm {

/**
 * The intra-op thread count the face networks run with (configured on first use:
 * $FM_TORCH_THREADS, else the ideal thread count, or 1 on an overloaded machine).
 */
int faceNetThreads();

} // namespace fm
